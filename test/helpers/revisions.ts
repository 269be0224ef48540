import type { Server } from 'node:http'

import request from 'supertest'

import type { ReviewableCollection } from '../../src/workflow/states'

import type { Member } from './team'
import { bearer } from './users'

/** A draft save (the revision path) as `member`; answers the response. */
/** A draft save as the admin's form makes it: with a reason, which a change of signed content needs. */
export const saveDraft = (
  server: Server,
  member: Member,
  collection: ReviewableCollection,
  id: string,
  data: Record<string, unknown>,
) =>
  request(server)
    .patch(`/api/${collection}/${id}?draft=true`)
    .set('Authorization', bearer(member.token))
    .send({ changeReason: 'Revised for the test', ...data })

/** The latest version (draft or live) as staff see it. */
export const readLatest = async (
  server: Server,
  member: Member,
  collection: ReviewableCollection,
  id: string,
) =>
  (
    await request(server)
      .get(`/api/${collection}/${id}?draft=true&depth=0`)
      .set('Authorization', bearer(member.token))
  ).body

/** What the public reads: the live version. */
export const readLive = async (server: Server, collection: ReviewableCollection, id: string) =>
  request(server).get(`/api/${collection}/${id}?depth=0`)

export const deliveryPage = (server: Server, slug: string) =>
  request(server).get(`/api/delivery/articles/${slug}`)
