import type { Server } from 'node:http'

import request from 'supertest'

import type { ReviewableCollection } from '../../src/workflow/states'
import type { Member } from './team'
import { bearer } from './users'

export type CommentDoc = {
  id: string
  thread?: string | null
  field?: string | null
  comment: string
  status?: string | null
  author?: string
  authorName?: string
  versionId?: string | null
}

/** Every comment on a document (threads and replies), oldest first, as `member` reads them. */
export const commentsOn = async (
  server: Server,
  member: Member,
  collection: ReviewableCollection,
  id: string,
): Promise<CommentDoc[]> => {
  const response = await request(server)
    .get(
      `/api/review-comments?where[collectionSlug][equals]=${collection}&where[documentId][equals]=${id}&sort=createdAt&depth=0&limit=100`,
    )
    .set('Authorization', bearer(member.token))
  if (response.status !== 200) throw new Error(`list comments: ${JSON.stringify(response.body)}`)
  return response.body.docs as CommentDoc[]
}

export const changeThread = (
  server: Server,
  member: Member | undefined,
  threadId: string,
  action: 'reopen' | 'resolve',
) => {
  const call = request(server).post(`/api/review-comments/${threadId}/${action}`)
  if (member) call.set('Authorization', bearer(member.token))
  return call.send({})
}

/** `member` resolves every open thread on the document. */
export const resolveOpenThreads = async (
  server: Server,
  member: Member,
  collection: ReviewableCollection,
  id: string,
): Promise<void> => {
  for (const thread of await commentsOn(server, member, collection, id)) {
    if (thread.status !== 'open') continue
    const response = await changeThread(server, member, thread.id, 'resolve')
    if (response.status !== 200) throw new Error(`resolve: ${JSON.stringify(response.body)}`)
  }
}
