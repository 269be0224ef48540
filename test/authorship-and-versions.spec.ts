import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { articleData, richText } from './helpers/content'
import { startTestApp, type TestApp } from './helpers/testApp'
import { bearer, createUser, loginToken } from './helpers/users'

describe('authorship, reading time and versions', () => {
  let app: TestApp
  let writer: Awaited<ReturnType<typeof createUser>>
  let editor: Awaited<ReturnType<typeof createUser>>
  let writerToken: string
  let editorToken: string

  beforeAll(async () => {
    app = await startTestApp()
    writer = await createUser(app.payload, 'writer')
    editor = await createUser(app.payload, 'editor')
    writerToken = await loginToken(app.server, writer.email, writer.password)
    editorToken = await loginToken(app.server, editor.email, editor.password)
  })

  afterAll(async () => {
    await app.close()
  })

  it('records the creator and the last editor, ignoring values sent by the client', async () => {
    const created = await request(app.server)
      .post('/api/faqs')
      .set('Authorization', bearer(writerToken))
      .send({
        question: 'Can I drive on baclofen?',
        answer: richText('It may make you drowsy.'),
        createdBy: editor.id,
        updatedBy: editor.id,
      })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    let stored = await app.payload.findByID({ collection: 'faqs', id, depth: 0 })
    expect(stored.createdBy).toBe(writer.id)
    expect(stored.updatedBy).toBe(writer.id)

    const edited = await request(app.server)
      .patch(`/api/faqs/${id}`)
      .set('Authorization', bearer(editorToken))
      .send({ question: 'Can I drive while taking baclofen?', createdBy: editor.id })
    expect(edited.status).toBe(200)
    stored = await app.payload.findByID({ collection: 'faqs', id, depth: 0 })
    expect(stored.createdBy).toBe(writer.id)
    expect(stored.updatedBy).toBe(editor.id)
  })

  it('computes the reading time from the text and ignores a value sent by the client', async () => {
    const words = (count: number) => Array.from({ length: count }, () => 'spasticity').join(' ')
    const created = await request(app.server)
      .post('/api/articles')
      .set('Authorization', bearer(writerToken))
      .send(articleData({ body: richText(words(600)), readingTimeMinutes: 99 }))
    expect(created.status).toBe(201)
    expect(created.body.doc.readingTimeMinutes).toBe(4)

    const edited = await request(app.server)
      .patch(`/api/articles/${created.body.doc.id}`)
      .set('Authorization', bearer(writerToken))
      .send({ body: richText(words(100)), readingTimeMinutes: 99 })
    expect(edited.body.doc.readingTimeMinutes).toBe(1)
  })

  it('keeps every version of a document', async () => {
    const created = await request(app.server)
      .post('/api/references')
      .set('Authorization', bearer(writerToken))
      .send({ title: 'Baclofen', url: 'https://medlineplus.gov/druginfo/meds/a682530.html' })
    const id = created.body.doc.id
    for (let edit = 1; edit <= 12; edit += 1) {
      const response = await request(app.server)
        .patch(`/api/references/${id}?draft=true`)
        .set('Authorization', bearer(writerToken))
        .send({ source: `MedlinePlus (edit ${edit})` })
      expect(response.status).toBe(200)
    }
    const versions = await request(app.server)
      .get('/api/references/versions')
      .query({ 'where[parent][equals]': id, limit: 100 })
      .set('Authorization', bearer(editorToken))
    expect(versions.status).toBe(200)
    expect(versions.body.totalDocs).toBe(13)
  })
})
