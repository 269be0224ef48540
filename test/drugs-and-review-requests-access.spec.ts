import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import type { Caller } from './helpers/accessTable'

import { as, startCallersApp, type Callers } from './helpers/callers'
import type { TestApp } from './helpers/testApp'

const CALLERS: Caller[] = ['anonymous', 'consumer', 'writer', 'reviewer', 'editor', 'admin']

/** Who may do what with drugs and drug-wide review requests, over REST and GraphQL. */
describe('access to drugs and review requests', () => {
  let app: TestApp
  let callers: Callers
  let drugId: string
  let requestId: string

  beforeAll(async () => {
    ;({ app, callers } = await startCallersApp())
    const drug = await app.payload.create({ collection: 'drugs', data: { name: 'dantrolene' } })
    drugId = String(drug.id)
    const made = await request(app.server)
      .post('/api/review-requests')
      .set('Authorization', `JWT ${callers.team.editor.token}`)
      .send({ drug: drugId, reason: 'Internal: label change under discussion' })
    expect(made.status).toBe(201)
    requestId = made.body.doc.id
  })
  afterAll(async () => {
    await app.close()
  })

  const rest = (caller: Caller, method: 'get' | 'post' | 'patch' | 'delete', path: string) =>
    as(request(app.server)[method](path), caller, callers)

  const graphql = (caller: Caller, query: string) =>
    as(request(app.server).post('/api/graphql'), caller, callers).send({ query })

  it.each(CALLERS)('drugs, as %s', async (caller) => {
    expect((await rest(caller, 'get', `/api/drugs/${drugId}`)).status).toBe(200)
    const create = await rest(caller, 'post', '/api/drugs').send({ name: `drug-${caller}` })
    expect(create.status).toBe(['writer', 'editor', 'admin'].includes(caller) ? 201 : 403)
    const update = await rest(caller, 'patch', `/api/drugs/${drugId}`).send({
      rxNormCode: `rx-${caller}`,
    })
    expect(update.status).toBe(['editor', 'admin'].includes(caller) ? 200 : 403)
    const bulk = await rest(caller, 'delete', `/api/drugs?where[name][equals]=drug-${caller}`)
    if (caller === 'admin') expect(bulk.body.docs).toHaveLength(1)
    else expect(bulk.status).toBe(403)
    const gql = await graphql(
      caller,
      `mutation { updateDrug(id: "${drugId}", data: { rxNormCode: "gql" }) { id } }`,
    )
    expect(Boolean(gql.body.errors?.length)).toBe(!['editor', 'admin'].includes(caller))
  })

  it.each(CALLERS)('review requests, as %s', async (caller) => {
    const staff = !['anonymous', 'consumer'].includes(caller)
    const read = await rest(caller, 'get', '/api/review-requests')
    expect(read.status).toBe(staff ? 200 : 403)
    if (staff) expect(read.body.docs.map((doc: { id: string }) => doc.id)).toContain(requestId)
    else expect(JSON.stringify(read.body)).not.toContain('label change under discussion')
    const gqlRead = await graphql(caller, '{ ReviewRequests { docs { id reason } } }')
    if (staff)
      expect(gqlRead.body.data.ReviewRequests.docs.map((doc: { id: string }) => doc.id)).toContain(
        requestId,
      )
    else expect(JSON.stringify(gqlRead.body)).not.toContain('label change under discussion')
    const create = await rest(caller, 'post', '/api/review-requests').send({
      drug: drugId,
      reason: `by ${caller}`,
    })
    expect(create.status).toBe(['editor', 'admin'].includes(caller) ? 201 : 403)
    const gqlCreate = await graphql(
      caller,
      `mutation { createReviewRequest(data: { drug: "${drugId}", reason: "gql ${caller}" }) { id } }`,
    )
    expect(Boolean(gqlCreate.body.errors?.length)).toBe(!['editor', 'admin'].includes(caller))
    const update = await rest(caller, 'patch', `/api/review-requests/${requestId}`).send({
      reason: 'rewritten',
    })
    expect(update.status).toBe(403)
    const remove = await rest(caller, 'delete', `/api/review-requests/${requestId}`)
    expect(remove.status).toBe(403)
    const stored = await app.payload.findByID({ collection: 'review-requests', id: requestId })
    expect(stored.reason).toBe('Internal: label change under discussion')
  })
})
