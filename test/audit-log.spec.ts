import { beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import type { StaffRole } from '../src/access/roles'

import { useTeamApp } from './helpers/teamApp'
import { bearer } from './helpers/users'
import { approve, createAs, faqData } from './helpers/workflow'

const ROLES: StaffRole[] = ['writer', 'reviewer', 'editor', 'admin']

describe('audit log and signatures are append-only evidence', () => {
  const spec = useTeamApp()
  let auditId: string
  let signatureId: string

  beforeAll(async () => {
    const faqId = await createAs(spec.app.server, spec.team.writer, 'faqs', faqData())
    const signed = await approve(
      spec.app.server,
      'faqs',
      faqId,
      spec.team.writer,
      spec.team.reviewer,
    )
    signatureId = signed.signatureId
    const { docs } = await spec.app.payload.find({ collection: 'audit-log', limit: 1 })
    auditId = String(docs[0].id)
  })

  describe.each([
    ['audit-log', () => auditId, { comment: 'rewritten history' }],
    ['signatures', () => signatureId, { meaning: 'forged meaning' }],
  ] as const)('%s', (collection, id, change) => {
    it.each(ROLES)('refuses PATCH and DELETE by a %s and keeps the entry', async (role) => {
      const before = await spec.app.payload.findByID({ collection, id: id(), depth: 0 })
      const patch = await request(spec.app.server)
        .patch(`/api/${collection}/${id()}`)
        .set('Authorization', bearer(spec.team[role].token))
        .send(change)
      expect(patch.status).toBe(403)
      const remove = await request(spec.app.server)
        .delete(`/api/${collection}/${id()}`)
        .set('Authorization', bearer(spec.team[role].token))
      expect(remove.status).toBe(403)
      expect(await spec.app.payload.findByID({ collection, id: id(), depth: 0 })).toEqual(before)
    })

    it.each(ROLES)('refuses a %s writing an entry directly', async (role) => {
      const count = await spec.app.payload.count({ collection })
      const response = await request(spec.app.server)
        .post(`/api/${collection}`)
        .set('Authorization', bearer(spec.team[role].token))
        .send({
          action: 'publish',
          collectionSlug: 'faqs',
          documentId: 'x',
          at: new Date().toISOString(),
        })
      expect(response.status).toBe(403)
      expect(await spec.app.payload.count({ collection })).toEqual(count)
    })

    it('refuses bulk deletes and GraphQL deletes', async () => {
      const bulk = await request(spec.app.server)
        .delete(`/api/${collection}`)
        .query({ 'where[id][exists]': 'true' })
        .set('Authorization', bearer(spec.team.admin.token))
      expect(bulk.status).toBeGreaterThanOrEqual(400)
      expect(bulk.status).toBeLessThan(500)
      const mutation = collection === 'audit-log' ? 'deleteAuditLog' : 'deleteSignature'
      const graphql = await request(spec.app.server)
        .post('/api/graphql')
        .set('Authorization', bearer(spec.team.admin.token))
        .send({
          query: `mutation ($id: String!) { ${mutation}(id: $id) { id } }`,
          variables: { id: id() },
        })
      expect(graphql.body.errors[0].extensions.statusCode).toBe(403)
      expect(await spec.app.payload.findByID({ collection, id: id(), depth: 0 })).toBeTruthy()
    })

    it('is readable by staff and not by the public', async () => {
      const staff = await request(spec.app.server)
        .get(`/api/${collection}`)
        .set('Authorization', bearer(spec.team.reviewer.token))
      expect(staff.status).toBe(200)
      expect(staff.body.totalDocs).toBeGreaterThan(0)
      const anonymous = await request(spec.app.server).get(`/api/${collection}`)
      expect(anonymous.status).toBe(403)
    })
  })

  it('refuses even the Local API an update or delete of an audit entry', async () => {
    await expect(
      spec.app.payload.update({ collection: 'audit-log', id: auditId, data: { comment: 'x' } }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      spec.app.payload.delete({ collection: 'audit-log', id: auditId }),
    ).rejects.toMatchObject({
      status: 403,
    })
  })
})
