import type { PayloadRequest, Where } from 'payload'

import type { User } from '../payload-types'
import type { ReviewableCollection } from '../workflow/states'

import { REVIEW_TEAM_ROLES } from '../access/roles'
import { personName } from '../workflow/assignment'
import { mentionSpans } from './mentionSpans'

export type Person = { id: string; name: string }

type Candidate = Pick<User, 'id' | 'email' | 'fullName' | 'role'>

// QA take no part in review threads: mentioning them would ask for an answer they cannot give.
const staffAccounts = async (req: PayloadRequest): Promise<Candidate[]> => {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { role: { in: [...REVIEW_TEAM_ROLES] } },
    depth: 0,
    pagination: false,
    select: { email: true, fullName: true, role: true },
    sort: 'fullName',
    req,
  })
  return docs as Candidate[]
}

/** Whether this account may read the document (drafts included), by the collection's own rule. */
const mayRead = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  documentId: string,
  person: Candidate,
): Promise<boolean> => {
  const readAccess = req.payload.collections[collection].config.access.read
  const asPerson = { ...req, user: { ...person, collection: 'users' } } as PayloadRequest
  const allowed = await readAccess({ req: asPerson, id: documentId })
  if (allowed === true) return true
  if (!allowed) return false
  const { totalDocs } = await req.payload.count({
    collection,
    where: { and: [{ id: { equals: documentId } }, allowed as Where] },
    req,
  })
  return totalDocs > 0
}

/** The staff who may read the document: whom a comment on it may mention. */
export const mentionablePeople = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  documentId: string,
): Promise<(Person & { email: string })[]> => {
  const people = []
  for (const person of await staffAccounts(req)) {
    if (!(await mayRead(req, collection, documentId, person))) continue
    people.push({ id: String(person.id), name: personName(person), email: person.email })
  }
  return people
}

/**
 * The people a comment mentions, as `@Full Name` or `@email`, in the order they appear: only
 * staff who may read the document (anyone else's name is left as text). Of two handles at the same
 * place the longer wins ("@Sam Second" is not also "@Sam").
 */
export const mentionsIn = async (
  req: PayloadRequest,
  comment: { comment?: unknown; collectionSlug: ReviewableCollection; documentId: string },
): Promise<string[]> => {
  const text = typeof comment.comment === 'string' ? comment.comment : ''
  if (!text.includes('@')) return []
  const people = await mentionablePeople(req, comment.collectionSlug, comment.documentId)
  const spans = mentionSpans(
    text,
    people.map((person) => ({ id: person.id, handles: [person.name, person.email] })),
  )
  return [...new Set(spans.map((span) => span.id))]
}
