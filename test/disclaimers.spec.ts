import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { createDisclaimer, richText } from './helpers/content'
import { startTestApp, type TestApp } from './helpers/testApp'
import { bearer, createUser, loginToken } from './helpers/users'
import { fieldErrorPaths } from './helpers/validationErrors'

describe('disclaimers', () => {
  let app: TestApp
  let editorToken: string
  let writerToken: string

  const defaults = async () =>
    (
      await app.payload.find({ collection: 'disclaimers', where: { isDefault: { equals: true } } })
    ).docs.map((disclaimer) => disclaimer.id)

  beforeAll(async () => {
    app = await startTestApp()
    const editor = await createUser(app.payload, 'editor')
    const writer = await createUser(app.payload, 'writer')
    editorToken = await loginToken(app.server, editor.email, editor.password)
    writerToken = await loginToken(app.server, writer.email, writer.password)
  })

  afterAll(async () => {
    await app.close()
  })

  it('makes the first disclaimer the default, and gives new content the default', async () => {
    const response = await request(app.server)
      .post('/api/disclaimers')
      .set('Authorization', bearer(editorToken))
      .send({ title: 'Medical Disclaimer', text: richText('Not medical advice.') })
    expect(response.status).toBe(201)
    expect(response.body.doc.isDefault).toBe(true)

    const faq = await request(app.server)
      .post('/api/faqs')
      .set('Authorization', bearer(writerToken))
      .send({ question: 'Is baclofen habit-forming?', answer: richText('Ask your pharmacist.') })
    expect(faq.status).toBe(201)
    const stored = await app.payload.findByID({ collection: 'faqs', id: faq.body.doc.id, depth: 0 })
    expect(stored.disclaimer).toBe(response.body.doc.id)
  })

  it('keeps exactly one default: a new default unsets the old', async () => {
    const [oldDefault] = await defaults()
    const response = await request(app.server)
      .post('/api/disclaimers')
      .set('Authorization', bearer(editorToken))
      .send({ title: 'Paediatric disclaimer', text: richText('For carers.'), isDefault: true })
    expect(response.status).toBe(201)
    expect(await defaults()).toEqual([response.body.doc.id])
    expect(oldDefault).not.toBe(response.body.doc.id)

    const restored = await request(app.server)
      .patch(`/api/disclaimers/${oldDefault}`)
      .set('Authorization', bearer(editorToken))
      .send({ isDefault: true })
    expect(restored.status).toBe(200)
    expect(await defaults()).toEqual([oldDefault])
  })

  it('refuses to switch the default off without naming another (400 naming isDefault)', async () => {
    const [current] = await defaults()
    const response = await request(app.server)
      .patch(`/api/disclaimers/${current}`)
      .set('Authorization', bearer(editorToken))
      .send({ isDefault: false })
    expect(response.status).toBe(400)
    expect(fieldErrorPaths(response.body)).toEqual(['isDefault'])
    expect(await defaults()).toEqual([current])
  })

  it('refuses to delete the default disclaimer, but deletes another', async () => {
    const [current] = await defaults()
    const refused = await request(app.server)
      .delete(`/api/disclaimers/${current}`)
      .set('Authorization', bearer(editorToken))
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(/default disclaimer/)
    expect(await defaults()).toEqual([current])

    const other = await createDisclaimer(app.payload)
    const deleted = await request(app.server)
      .delete(`/api/disclaimers/${other.id}`)
      .set('Authorization', bearer(editorToken))
    expect(deleted.status).toBe(200)
  })

  it('lets only editors and admins write disclaimers', async () => {
    const response = await request(app.server)
      .post('/api/disclaimers')
      .set('Authorization', bearer(writerToken))
      .send({ title: 'Writer disclaimer', text: richText('x') })
    expect(response.status).toBe(403)
  })
})
