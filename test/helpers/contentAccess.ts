import type { CollectionSlug } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { ACCESS_TABLE, CALLERS, type Caller, type Operation } from './accessTable'
import {
  BUILDERS,
  publishedWithDraftForReads,
  readyToPublish,
  writersDraft,
} from './accessFixtures'
import { as, startCallersApp, type Callers } from './callers'
import type { TestApp } from './testApp'
import { publishDefaultDisclaimer } from './workflow'

export type ContentCollection = keyof typeof BUILDERS

/**
 * The access table's rows for one content collection over REST, every operation as every caller,
 * on an app of its own: one spec file per collection (test/access-*.spec.ts), so the table runs in
 * parallel.
 */
export const describeContentAccess = (collection: ContentCollection): void => {
  let app: TestApp
  let callers: Callers

  const stored = (collection: CollectionSlug, id: string) =>
    app.payload
      .find({ collection, where: { id: { equals: id } }, draft: true, depth: 0 })
      .then((r) => r.docs[0])

  /** Performs the operation as the caller; answers whether it was allowed, after checking the refusal left data alone. */
  const contentOperation: Record<
    Operation,
    (c: ContentCollection, caller: Caller) => Promise<boolean>
  > = {
    list: async (collection, caller) => {
      const response = await as(request(app.server).get(`/api/${collection}`), caller, callers)
      return response.status === 200
    },
    'read by id': async (collection, caller) => {
      const { id } = await publishedWithDraftForReads(app, callers, collection)
      const response = await as(
        request(app.server).get(`/api/${collection}/${id}`),
        caller,
        callers,
      )
      return response.status === 200
    },
    'read draft': async (collection, caller) => {
      const { id, live, draft } = await publishedWithDraftForReads(app, callers, collection)
      const response = await as(
        request(app.server).get(`/api/${collection}/${id}?draft=true`),
        caller,
        callers,
      )
      const { field } = BUILDERS[collection]
      if (response.status === 200 && response.body[field] === draft) return true
      if (response.status === 200) expect(response.body[field]).toBe(live)
      return false
    },
    'read versions': async (collection, caller) => {
      const response = await as(
        request(app.server).get(`/api/${collection}/versions`),
        caller,
        callers,
      )
      return response.status === 200
    },
    create: async (collection, caller) => {
      const { field, data } = BUILDERS[collection]
      const body = data(`Created by ${caller} ${Math.random()}`)
      const response = await as(
        request(app.server).post(`/api/${collection}`),
        caller,
        callers,
      ).send(body)
      const count = await app.payload.count({
        collection,
        where: { [field]: { equals: body[field] } },
      })
      expect(count.totalDocs).toBe(response.status === 201 ? 1 : 0)
      return response.status === 201
    },
    'update content': async (collection, caller) => {
      const id = await writersDraft(app, callers, collection)
      const { field } = BUILDERS[collection]
      const before = await stored(collection, id)
      const response = await as(
        request(app.server).patch(`/api/${collection}/${id}?draft=true`),
        caller,
        callers,
      ).send({
        [field]: `Changed by ${caller}`,
      })
      if (response.status !== 200) expect(await stored(collection, id)).toEqual(before)
      return response.status === 200
    },
    'update _status': async (collection, caller) => {
      const id = await readyToPublish(app, callers, collection)
      const response = await as(
        request(app.server).patch(`/api/${collection}/${id}`),
        caller,
        callers,
      ).send({
        _status: 'published',
      })
      const published =
        (await app.payload.findByID({ collection, id, depth: 0 }))._status === 'published'
      expect(published).toBe(response.status === 200)
      return response.status === 200
    },
    delete: async (collection, caller) => {
      const id = await writersDraft(app, callers, collection)
      const response = await as(
        request(app.server).delete(`/api/${collection}/${id}`),
        caller,
        callers,
      )
      expect(Boolean(await stored(collection, id))).toBe(response.status !== 200)
      return response.status === 200
    },
  }

  beforeAll(async () => {
    ;({ app, callers } = await startCallersApp())
    await publishDefaultDisclaimer(app.payload)
  })

  afterAll(async () => {
    await app.close()
  })

  describe(collection, () => {
    const operations = ACCESS_TABLE[collection]
    describe.each(Object.keys(operations) as Operation[])('%s', (operation) => {
      it.each(CALLERS)('as %s', async (caller) => {
        const allowed = operations[operation]!.includes(caller)
        expect(await contentOperation[operation](collection, caller)).toBe(allowed)
      })
    })
  })
}
