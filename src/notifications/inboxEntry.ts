import type { PayloadRequest } from 'payload'

import { STAFF_ROLES } from '../access/roles'
import { REVIEWABLE_COLLECTIONS } from '../workflow/states'

/** What an inbox notification may link to. */
export const INBOX_DOCUMENT_COLLECTIONS = [...REVIEWABLE_COLLECTIONS, 'releases'] as const
export type InboxDocumentCollection = (typeof INBOX_DOCUMENT_COLLECTIONS)[number]

export type InboxEntry = {
  subject: string
  message: string
  comment?: string
  document?: { collection: InboxDocumentCollection; id: string }
}

/**
 * One unread notification for each staff recipient, never for the person acting. Inside the
 * action's transaction: nothing is announced for an action that fails.
 */
export const addToInboxes = async (
  req: PayloadRequest,
  recipients: string[],
  entry: InboxEntry,
): Promise<void> => {
  const ids = [...new Set(recipients)].filter((id) => id !== String(req.user?.id))
  if (!ids.length) return
  const { docs: staff } = await req.payload.find({
    collection: 'users',
    where: { and: [{ id: { in: ids } }, { role: { in: [...STAFF_ROLES] } }] },
    depth: 0,
    pagination: false,
    select: { role: true },
    req,
  })
  for (const person of staff) {
    await req.payload.create({
      collection: 'notifications',
      data: {
        recipient: person.id,
        subject: entry.subject,
        message: entry.message,
        comment: entry.comment,
        documentCollection: entry.document?.collection,
        documentId: entry.document?.id,
        read: false,
      },
      depth: 0,
      req,
    })
  }
}
