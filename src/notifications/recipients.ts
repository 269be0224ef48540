import type { PayloadRequest } from 'payload'

import type { ReviewableCollection } from '../workflow/states'

import { eligibleReviewers } from '../workflow/assignment'
import { ownersOf } from '../workflow/authorship'
import { type ReviewableDoc } from '../workflow/documents'
import { relationId } from '../shared/relations'

const idsOf = (docs: { id: unknown }[]): string[] => docs.map((doc) => String(doc.id))

/** The assignee, or everyone who may sign when nobody is assigned. */
export const reviewersToTell = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: Partial<ReviewableDoc>,
): Promise<string[]> => {
  const assignee = relationId(doc.assignee)
  return assignee ? [assignee] : eligibleReviewers(req, collection, doc)
}

/**
 * Who may give the second of two signatures: the pharmacists who may sign it, but not the first
 * signer; only specialists when the first signer holds no specialty credential.
 */
export const secondSignersToTell = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: Partial<ReviewableDoc>,
  { firstSigner, specialistNeeded }: { firstSigner: string; specialistNeeded: boolean },
): Promise<string[]> => {
  const eligible = (await eligibleReviewers(req, collection, doc)).filter(
    (id) => id !== firstSigner,
  )
  if (!specialistNeeded || !eligible.length) return eligible
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [{ id: { in: eligible } }, { specialtyCredential: { exists: true } }] },
    depth: 0,
    pagination: false,
    select: { specialtyCredential: true },
    req,
  })
  return docs.filter((user) => user.specialtyCredential?.trim()).map((user) => String(user.id))
}

/** The document's author and contributors. */
export const authorsToTell = (doc: Partial<ReviewableDoc>): string[] => ownersOf(doc)

/** The document's creator. */
export const creatorToTell = (doc: Partial<ReviewableDoc>): string[] => {
  const creator = relationId(doc.createdBy)
  return creator ? [creator] : []
}

export const editorsToTell = async (req: PayloadRequest): Promise<string[]> => {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { role: { equals: 'editor' } },
    depth: 0,
    pagination: false,
    select: { role: true },
    req,
  })
  return idsOf(docs)
}

/** Who wrote in the comment's thread before it (for a new thread: nobody). */
export const threadParticipants = async (
  req: PayloadRequest,
  comment: { thread?: unknown },
): Promise<string[]> => {
  const threadId = relationId(comment.thread)
  if (!threadId) return []
  const { docs } = await req.payload.find({
    collection: 'review-comments',
    where: { or: [{ id: { equals: threadId } }, { thread: { equals: threadId } }] },
    depth: 0,
    pagination: false,
    select: { author: true },
    req,
  })
  return docs.map((earlier) => relationId(earlier.author)).filter((id): id is string => Boolean(id))
}
