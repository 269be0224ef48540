import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { articleData } from './helpers/content'
import { as, type Callers, startCallersApp } from './helpers/callers'
import type { TestApp } from './helpers/testApp'
import { createAs, publishDefaultDisclaimer } from './helpers/workflow'

const LOCKS = '/api/payload-locked-documents'

describe('edit locks (who is editing which document)', () => {
  let app: TestApp
  let callers: Callers
  let draftId: string
  let lockId: string

  const lockFor = (id: string) => ({ document: { relationTo: 'articles' as const, value: id } })

  beforeAll(async () => {
    ;({ app, callers } = await startCallersApp())
    await publishDefaultDisclaimer(app.payload)
    draftId = await createAs(
      app.server,
      callers.team.writer,
      'articles',
      articleData({ title: 'Unpublished plans' }),
    )
    const lock = await app.payload.create({
      collection: 'payload-locked-documents',
      data: { ...lockFor(draftId), user: { relationTo: 'users', value: callers.team.editor.id } },
    })
    lockId = String(lock.id)
  })

  afterAll(async () => {
    await app.close()
  })

  it.each(['anonymous', 'consumer'] as const)(
    'shows %s callers no lock and lets them write none (REST and GraphQL)',
    async (caller) => {
      const list = await as(request(app.server).get(LOCKS), caller, callers)
      expect(list.body.docs ?? []).toHaveLength(0)
      expect(JSON.stringify(list.body)).not.toContain(draftId)
      expect(
        (await as(request(app.server).get(`${LOCKS}/${lockId}`), caller, callers)).body.id,
      ).toBeUndefined()
      const created = await as(request(app.server).post(LOCKS), caller, callers).send(
        lockFor(draftId),
      )
      expect(created.status).toBeGreaterThanOrEqual(401)
      const removed = await as(request(app.server).delete(`${LOCKS}/${lockId}`), caller, callers)
      expect(removed.status).toBeGreaterThanOrEqual(401)
      const graphql = await as(request(app.server).post('/api/graphql'), caller, callers).send({
        query: '{ PayloadLockedDocuments { docs { id } } }',
      })
      expect(JSON.stringify(graphql.body)).not.toContain(lockId)
      expect(await app.payload.count({ collection: 'payload-locked-documents' })).toMatchObject({
        totalDocs: 1,
      })
    },
  )

  it('shows the lock to the writer whose draft it is and to editors, not to a reviewer', async () => {
    for (const caller of ['writer', 'editor', 'admin'] as const) {
      const list = await as(request(app.server).get(LOCKS), caller, callers)
      expect(list.status).toBe(200)
      expect(list.body.docs.map((doc: { id: string }) => String(doc.id))).toContain(lockId)
    }
    const reviewer = await as(request(app.server).get(LOCKS), 'reviewer', callers)
    expect(reviewer.body.docs ?? []).toHaveLength(0)
  })

  it('lets nobody lock a document they may not edit, nor in another person’s name', async () => {
    const reviewer = await as(request(app.server).post(LOCKS), 'reviewer', callers).send(
      lockFor(draftId),
    )
    expect(reviewer.status).toBe(403)
    const writer = await as(request(app.server).post(LOCKS), 'writer', callers).send({
      ...lockFor(draftId),
      user: { relationTo: 'users', value: callers.team.admin.id },
    })
    expect(writer.status).toBe(201)
    const stored = await app.payload.findByID({
      collection: 'payload-locked-documents',
      id: writer.body.doc.id,
      depth: 0,
    })
    expect(String((stored.user as { value: unknown }).value)).toBe(String(callers.team.writer.id))
    await app.payload.delete({ collection: 'payload-locked-documents', id: writer.body.doc.id })
  })
})
