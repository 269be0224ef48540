import type { CollectionSlug } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { ACCESS_TABLE, CALLERS, type Caller, type Operation } from './helpers/accessTable'
import {
  BUILDERS,
  publishedWithDraft,
  readyToPublish,
  writersDraft,
} from './helpers/accessFixtures'
import { as, startCallersApp, type Callers } from './helpers/callers'
import type { TestApp } from './helpers/testApp'
import { createUser } from './helpers/users'
import { approve, createAs, faqData, publishDefaultDisclaimer } from './helpers/workflow'

type ContentCollection = keyof typeof BUILDERS
const CONTENT = Object.keys(BUILDERS) as ContentCollection[]
const REFUSED = [401, 403, 404]

describe('role-based access over REST', () => {
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
      const { id } = await publishedWithDraft(app, callers, collection)
      const response = await as(
        request(app.server).get(`/api/${collection}/${id}`),
        caller,
        callers,
      )
      return response.status === 200
    },
    'read draft': async (collection, caller) => {
      const { id, live, draft } = await publishedWithDraft(app, callers, collection)
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

  describe.each(CONTENT)('%s', (collection) => {
    const operations = ACCESS_TABLE[collection]
    describe.each(Object.keys(operations) as Operation[])('%s', (operation) => {
      it.each(CALLERS)('as %s', async (caller) => {
        const allowed = operations[operation]!.includes(caller)
        expect(await contentOperation[operation](collection, caller)).toBe(allowed)
      })
    })
  })

  describe.each(['signatures', 'audit-log'] as const)('%s', (collection) => {
    let existingId: string

    beforeAll(async () => {
      const faq = await createAs(app.server, callers.team.writer, 'faqs', faqData())
      await approve(app.server, 'faqs', faq, callers.team.writer, callers.team.reviewer)
      existingId = String((await app.payload.find({ collection, limit: 1 })).docs[0].id)
    })

    const operation: Partial<Record<Operation, (caller: Caller) => Promise<boolean>>> = {
      list: async (caller) =>
        (await as(request(app.server).get(`/api/${collection}`), caller, callers)).status === 200,
      'read by id': async (caller) =>
        (await as(request(app.server).get(`/api/${collection}/${existingId}`), caller, callers))
          .status === 200,
      create: async (caller) =>
        (
          await as(request(app.server).post(`/api/${collection}`), caller, callers).send({
            comment: 'forged',
          })
        ).status === 201,
      'update content': async (caller) =>
        (
          await as(
            request(app.server).patch(`/api/${collection}/${existingId}`),
            caller,
            callers,
          ).send({ comment: 'x' })
        ).status === 200,
      delete: async (caller) =>
        (await as(request(app.server).delete(`/api/${collection}/${existingId}`), caller, callers))
          .status === 200,
    }

    describe.each(Object.keys(ACCESS_TABLE[collection]) as Operation[])('%s', (name) => {
      it.each(CALLERS)('as %s', async (caller) => {
        const before = await app.payload.findByID({ collection, id: existingId, depth: 0 })
        expect(await operation[name]!(caller)).toBe(
          ACCESS_TABLE[collection][name]!.includes(caller),
        )
        expect(await app.payload.findByID({ collection, id: existingId, depth: 0 })).toEqual(before)
      })
    })
  })

  describe('users', () => {
    const operation: Partial<Record<Operation, (caller: Caller) => Promise<boolean>>> = {
      list: async (caller) => {
        const response = await as(request(app.server).get('/api/users'), caller, callers)
        if (response.status === 200 && caller !== 'admin') expect(response.body.totalDocs).toBe(1)
        return response.status === 200
      },
      'read by id': async (caller) => {
        const other = await createUser(app.payload, 'writer')
        const response = await as(
          request(app.server).get(`/api/users/${other.id}`),
          caller,
          callers,
        )
        if (response.status !== 200) expect(REFUSED).toContain(response.status)
        return response.status === 200
      },
      create: async (caller) => {
        const email = `made-by-${caller}-${Math.random().toString(36).slice(2)}@example.test`
        const response = await as(request(app.server).post('/api/users'), caller, callers).send({
          email,
          password: 'a-long-enough-password',
          role: 'writer',
        })
        const count = await app.payload.count({
          collection: 'users',
          where: { email: { equals: email } },
        })
        expect(count.totalDocs).toBe(response.status === 201 ? 1 : 0)
        return response.status === 201
      },
      'update content': async (caller) => {
        const other = await createUser(app.payload, 'writer')
        const response = await as(
          request(app.server).patch(`/api/users/${other.id}`),
          caller,
          callers,
        ).send({
          fullName: `Renamed by ${caller}`,
        })
        const after = await app.payload.findByID({ collection: 'users', id: other.id })
        expect(after.fullName === `Renamed by ${caller}`).toBe(response.status === 200)
        return response.status === 200
      },
      delete: async (caller) => {
        const other = await createUser(app.payload, 'writer')
        const response = await as(
          request(app.server).delete(`/api/users/${other.id}`),
          caller,
          callers,
        )
        const left = await app.payload.count({
          collection: 'users',
          where: { id: { equals: other.id } },
        })
        expect(left.totalDocs).toBe(response.status === 200 ? 0 : 1)
        return response.status === 200
      },
    }

    describe.each(Object.keys(ACCESS_TABLE.users) as Operation[])('%s', (name) => {
      it.each(CALLERS)('as %s', async (caller) => {
        expect(await operation[name]!(caller)).toBe(ACCESS_TABLE.users[name]!.includes(caller))
      })
    })
  })

  it.each(['payload-jobs', 'payload-kv', 'payload-locked-documents', 'payload-preferences'])(
    "keeps Payload's internal %s collection from the public",
    async (collection) => {
      const response = await request(app.server).get(`/api/${collection}`)
      expect(REFUSED).toContain(response.status)
    },
  )

  it('answers the public nothing but published content, also when asked for drafts in a list', async () => {
    await createAs(app.server, callers.team.writer, 'faqs', faqData('Unpublished question?'))
    const response = await request(app.server).get('/api/faqs').query({ draft: 'true', limit: 100 })
    expect(response.status).toBe(200)
    for (const doc of response.body.docs) expect(doc._status).toBe('published')
    expect(JSON.stringify(response.body)).not.toContain('Unpublished question?')
  })
})
