import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import type { User } from '../payload-types'
import type { ReviewableCollection } from './states'

import { assignedElsewhere, assignedToCaller, wroteIt } from '../access/conditions'
import { fieldRefusal } from '../errors'
import { describeIn } from '../shared/describe'
import { relationId } from '../shared/relations'
import { authorsFromHistory } from './authorship'
import { type ReviewableDoc } from './documents'
import { licenceLetsSign, licenceProblem } from './licence'

/** `{ assignee, dueAt }` as submit and assign take it. */
export const assignmentSchema = z.object({
  assignee: z
    .string({ message: 'Give the id of a pharmacist reviewer' })
    .trim()
    .min(1, 'Give the id of a pharmacist reviewer')
    .max(64, 'Not a user id')
    .optional(),
  dueAt: z
    .union([z.iso.datetime({ offset: true }), z.iso.date()], {
      message: 'Give a date (YYYY-MM-DD) or an ISO date-time',
    })
    .refine((value) => new Date(value).getTime() > Date.now(), 'The due date must be in the future')
    .optional(),
})
export type Assignment = z.infer<typeof assignmentSchema>

/** Between submission and sign-off: once signed, the assignee's part is done. */
export const ASSIGNABLE_STATES = ['in_review', 'changes_requested'] as const

export const personName = (user: Pick<User, 'email' | 'fullName'>): string =>
  user.fullName || user.email

const findUser = async (req: PayloadRequest, id: string): Promise<undefined | User> => {
  try {
    const { docs } = await req.payload.find({
      pagination: false,
      collection: 'users',
      where: { id: { equals: id } },
      depth: 0,
      limit: 1,
      req,
    })
    return docs[0]
  } catch {
    // An id in a shape the database cannot hold (e.g. not an ObjectId) names nobody.
    return undefined
  }
}

/**
 * Pharmacists who may sign this document now: a valid, verified licence, and none of its authors
 * (four eyes). The same rule decides who may be assigned (requireAssignable).
 */
export const eligibleReviewers = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: Partial<ReviewableDoc>,
): Promise<string[]> => {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: {
      and: [{ role: { equals: 'reviewer' } }, licenceLetsSign(new Date())],
    },
    depth: 0,
    pagination: false,
    select: { role: true },
    req,
  })
  const authors = await authorsFromHistory(req, collection, doc)
  return docs.map((reviewer) => String(reviewer.id)).filter((id) => !wroteIt(id, authors))
}

/** The name of the person a review is assigned to, as refusals say it. */
export const assigneeName = async (req: PayloadRequest, id: string): Promise<string> => {
  const user = await findUser(req, id)
  return user ? personName(user) : 'another reviewer'
}

/**
 * The assignee must be able to sign: a pharmacist reviewer with a valid, verified licence who did not
 * write or edit the document. Refused with a 400 naming the `assignee` field and the reason.
 */
export const requireAssignable = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: Partial<ReviewableDoc>,
  assigneeId: string,
): Promise<User> => {
  const refuse = (message: string) => fieldRefusal(collection, 'assignee', message)
  const user = await findUser(req, assigneeId)
  if (!user) throw refuse('No user has this id')
  if (user.role !== 'reviewer') throw refuse(`${personName(user)} is not a pharmacist reviewer`)
  const licence = licenceProblem(user, new Date())
  if (licence) throw refuse(`${personName(user)} cannot sign: ${licence.message}`)
  // Four eyes, as for the signature itself.
  if (wroteIt(String(user.id), await authorsFromHistory(req, collection, doc))) {
    throw refuse(`${personName(user)} wrote or edited this content; assign a different pharmacist`)
  }
  return user
}

/**
 * Only the assignee signs an assigned document; without one, any eligible reviewer may (the
 * policy's `assignedToCaller`). In words, for a linked document signed along with an article.
 */
export const assigneeProblem = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: Partial<ReviewableDoc>,
): Promise<string | undefined> => {
  const assignee = relationId(doc.assignee)
  if (assignedToCaller(req.user, assignee)) return undefined
  return assignedElsewhere(describeIn(req, collection, doc), await assigneeName(req, assignee!))
}
