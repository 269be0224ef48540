import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { ACCESS_TABLE, CALLERS, type Caller, type Operation } from './helpers/accessTable'
import { as, startCallersApp, type Callers } from './helpers/callers'
import type { TestApp } from './helpers/testApp'
import { createUser } from './helpers/users'
import { approve, createAs, faqData, publishDefaultDisclaimer } from './helpers/workflow'

const REFUSED = [401, 403, 404]

// The content collections' rows of the access table: test/access-{collection}.spec.ts
describe('role-based access over REST', () => {
  let app: TestApp
  let callers: Callers

  beforeAll(async () => {
    ;({ app, callers } = await startCallersApp())
    await publishDefaultDisclaimer(app.payload)
  })

  afterAll(async () => {
    await app.close()
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
