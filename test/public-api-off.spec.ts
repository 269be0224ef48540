import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { startCallersApp, type Callers } from './helpers/callers'
import type { TestApp } from './helpers/testApp'
import { bearer } from './helpers/users'
import {
  createAs,
  faqData,
  publishDefaultDisclaimer,
  publishThroughWorkflow,
} from './helpers/workflow'

describe('PUBLIC_API=false', () => {
  let app: TestApp
  let callers: Callers
  let publishedId: string

  beforeAll(async () => {
    ;({ app, callers } = await startCallersApp({ PUBLIC_API: 'false' }))
    await publishDefaultDisclaimer(app.payload)
    publishedId = await createAs(app.server, callers.team.writer, 'faqs', faqData('Published?'))
    await publishThroughWorkflow(app.server, 'faqs', publishedId, callers.team)
    await createAs(app.server, callers.team.writer, 'faqs', faqData('Draft?'))
  })

  afterAll(async () => {
    await app.close()
  })

  it.each(['articles', 'faqs', 'comparison-rows', 'references', 'disclaimers'])(
    'refuses anonymous reads of %s',
    async (collection) => {
      const response = await request(app.server).get(`/api/${collection}`)
      expect(response.status).toBe(403)
    },
  )

  it('refuses anonymous GraphQL reads', async () => {
    const response = await request(app.server)
      .post('/api/graphql')
      .send({ query: '{ Faqs { docs { id } } }' })
    expect(response.body.errors[0].extensions.statusCode).toBe(403)
  })

  it('serves published content, and only that, to a consumer API key', async () => {
    const response = await request(app.server)
      .get('/api/faqs')
      .set('Authorization', `users API-Key ${callers.consumerKey}`)
    expect(response.status).toBe(200)
    expect(response.body.docs.map((doc: { id: string }) => doc.id)).toEqual([publishedId])
  })

  it('refuses a wrong API key', async () => {
    const response = await request(app.server)
      .get('/api/faqs')
      .set('Authorization', 'users API-Key not-a-real-key')
    expect([401, 403]).toContain(response.status)
  })

  it('keeps the admin panel closed to consumer accounts', async () => {
    const response = await request(app.server)
      .get('/api/users/me')
      .set('Authorization', `users API-Key ${callers.consumerKey}`)
    expect(response.body.user.role).toBe('consumer')
    const access = await request(app.server)
      .get('/api/access')
      .set('Authorization', `users API-Key ${callers.consumerKey}`)
    expect(access.body.canAccessAdmin).toBeFalsy()
    const staffAccess = await request(app.server)
      .get('/api/access')
      .set('Authorization', bearer(callers.team.writer.token))
    expect(staffAccess.body.canAccessAdmin).toBe(true)
  })

  it('serves the delivery page to a consumer key, and never that cached copy to anonymous callers', async () => {
    const articleId = await createAs(app.server, callers.team.writer, 'articles', {
      title: 'Consumer only',
      summary: 'For signed-in sites.',
    })
    await publishThroughWorkflow(app.server, 'articles', articleId, callers.team)
    const asConsumer = await request(app.server)
      .get('/api/delivery/articles/consumer-only')
      .set('Authorization', `users API-Key ${callers.consumerKey}`)
    expect(asConsumer.status).toBe(200)
    expect(asConsumer.headers['cache-control']).toMatch(/^private/)
    const anonymous = await request(app.server).get('/api/delivery/articles/consumer-only')
    expect(anonymous.status).toBe(403)
    expect(anonymous.text).not.toContain('For signed-in sites.')
    const wrongKey = await request(app.server)
      .get('/api/delivery/articles/consumer-only')
      .set('Authorization', `users API-Key ${callers.consumerKey}x`)
    expect(wrongKey.status).toBe(401)
    expect(wrongKey.text).not.toContain('For signed-in sites.')
    const wrongKeyList = await request(app.server)
      .get('/api/delivery/articles')
      .set('Authorization', `users API-Key ${callers.consumerKey}x`)
    expect(wrongKeyList.status).toBe(401)
    expect(wrongKeyList.body).toEqual(wrongKey.body)

    const listAsConsumer = await request(app.server)
      .get('/api/delivery/articles')
      .set('Authorization', `users API-Key ${callers.consumerKey}`)
    expect(listAsConsumer.status).toBe(200)
    expect(listAsConsumer.body.docs.map((doc: { slug: string }) => doc.slug)).toContain(
      'consumer-only',
    )
    const anonymousList = await request(app.server).get('/api/delivery/articles')
    expect(anonymousList.status).toBe(403)
    expect(anonymousList.text).not.toContain('consumer-only')
  })
})
