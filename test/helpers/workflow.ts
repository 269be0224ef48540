import type { Server } from 'node:http'
import type { Payload } from 'payload'

import request from 'supertest'

import type { ReviewableCollection } from '../../src/workflow/states'
import type { WorkflowAction } from '../../src/workflow/transitions'

import { createDisclaimer, richText } from './content'
import type { Member } from './team'
import { bearer } from './users'

export const act = (
  server: Server,
  member: Pick<Member, 'token'> | undefined,
  collection: ReviewableCollection,
  id: string,
  action: WorkflowAction,
  body: Record<string, unknown> = {},
) => {
  const call = request(server).post(`/api/${collection}/${id}/workflow/${action}`)
  if (member) call.set('Authorization', bearer(member.token))
  return call.send(body)
}

/** A published default disclaimer, as every reviewable document needs one. */
export const publishDefaultDisclaimer = (payload: Payload) =>
  createDisclaimer(payload, { isDefault: true, _status: 'published' })

export const faqData = (
  question = `Is baclofen safe ${Math.random().toString(36).slice(2, 8)}?`,
) => ({
  question,
  answer: richText('Ask your pharmacist.'),
})

/** Creates content over REST as `author` (so authorship and contributors are real). */
export const createAs = async (
  server: Server,
  author: Member,
  collection: ReviewableCollection,
  data: Record<string, unknown>,
): Promise<string> => {
  const response = await request(server)
    .post(`/api/${collection}`)
    .set('Authorization', bearer(author.token))
    .send(data)
  if (response.status !== 201) {
    throw new Error(
      `create ${collection} failed: ${response.status} ${JSON.stringify(response.body)}`,
    )
  }
  return response.body.doc.id as string
}

/** writer submits, reviewer signs with the password. */
export const approve = async (
  server: Server,
  collection: ReviewableCollection,
  id: string,
  submitter: Member,
  signer: Member,
) => {
  const submitted = await act(server, submitter, collection, id, 'submit')
  if (submitted.status !== 200) throw new Error(`submit: ${JSON.stringify(submitted.body)}`)
  const signed = await act(server, signer, collection, id, 'sign-off', {
    password: signer.password,
  })
  if (signed.status !== 200) throw new Error(`sign-off: ${JSON.stringify(signed.body)}`)
  return signed.body
}

/** writer submits, reviewer signs, editor publishes. */
export const publishThroughWorkflow = async (
  server: Server,
  collection: ReviewableCollection,
  id: string,
  team: { writer: Member; reviewer: Member; editor: Member },
) => {
  await approve(server, collection, id, team.writer, team.reviewer)
  const published = await act(server, team.editor, collection, id, 'publish')
  if (published.status !== 200) throw new Error(`publish: ${JSON.stringify(published.body)}`)
  return published.body
}
