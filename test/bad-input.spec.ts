import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { articleData } from './helpers/content'
import { type Callers, startCallersApp } from './helpers/callers'
import type { TestApp } from './helpers/testApp'
import { bearer } from './helpers/users'
import { fieldErrors } from './helpers/validationErrors'
import { createAs, publishDefaultDisclaimer } from './helpers/workflow'

type RawBody = { label: string; contentType?: string; body: string | Buffer }

const nested = (open: string, close: string, levels: number) =>
  open.repeat(levels) + close.repeat(levels)

/** Bodies that answered 500 before, each expected to be a 4xx now. */
const BAD_BODIES: RawBody[] = [
  { label: 'JSON null', contentType: 'application/json', body: 'null' },
  { label: 'JSON string', contentType: 'application/json', body: '"abc"' },
  { label: 'JSON number', contentType: 'application/json', body: '5' },
  { label: 'JSON true', contentType: 'application/json', body: 'true' },
  { label: 'JSON array', contentType: 'application/json', body: '[]' },
  { label: 'malformed JSON', contentType: 'application/json', body: '{"title": ' },
  { label: 'text/plain', contentType: 'text/plain', body: 'title=hello' },
  { label: 'XML', contentType: 'application/xml', body: '<article><title>x</title></article>' },
  {
    label: 'form-urlencoded',
    contentType: 'application/x-www-form-urlencoded',
    body: 'title=x&summary=y',
  },
  { label: 'no content type', body: Buffer.from('{"title":"x"}') },
  {
    label: 'truncated multipart',
    contentType: 'multipart/form-data; boundary=XX',
    body: '--XX\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"title":',
  },
  {
    label: 'multipart with malformed _payload',
    contentType: 'multipart/form-data; boundary=XX',
    body: '--XX\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{bad}\r\n--XX--\r\n',
  },
  {
    label: '5,000 levels of nesting in body',
    contentType: 'application/json',
    body: `{"title":"Deep","summary":"s","body":${nested('{"a":', '}', 5000).replace(/\{"a":\}/, '{"a":1}')}}`,
  },
  {
    label: '20,000 nested arrays in title',
    contentType: 'application/json',
    body: `{"title":${nested('[', ']', 20000)},"summary":"s"}`,
  },
  {
    label: 'NUL in a text field',
    contentType: 'application/json',
    body: '{"title":"abc\\u0000def","summary":"s"}',
  },
  {
    label: 'escape character in a text field',
    contentType: 'application/json',
    body: '{"title":"abc\\u001bdef","summary":"s"}',
  },
  {
    label: 'lone carriage return in a text field',
    contentType: 'application/json',
    body: '{"title":"abc\\rdef","summary":"s"}',
  },
]

/** zod's own wording, which an answer must never pass on to a person. */
const RAW_ZOD = /Invalid input|expected \w+, received|nonoptional/

describe('bad input is a 4xx on every write endpoint, and the server stays healthy', () => {
  let app: TestApp
  let callers: Callers
  let articleId: string
  let editor: string

  const send = (method: 'patch' | 'post', path: string, { contentType, body }: RawBody) => {
    const call = request(app.server)[method](path).set('Authorization', editor)
    if (contentType) call.set('Content-Type', contentType)
    return call.send(body)
  }

  beforeAll(async () => {
    ;({ app, callers } = await startCallersApp())
    editor = bearer(callers.team.editor.token)
    await publishDefaultDisclaimer(app.payload)
    articleId = await createAs(
      app.server,
      callers.team.writer,
      'articles',
      articleData({ title: 'Kept as it was' }),
    )
  })

  afterAll(async () => {
    await app.close()
  })

  const writeEndpoints = (): [string, 'patch' | 'post', string][] => [
    ['create an article', 'post', '/api/articles'],
    ['update an article by id', 'patch', `/api/articles/${articleId}`],
    ['update articles in bulk', 'patch', `/api/articles?where[id][equals]=${articleId}`],
    ['create a disclaimer', 'post', '/api/disclaimers'],
    ['update an account', 'patch', `/api/users/${callers.team.editor.id}`],
    ['create a webhook', 'post', '/api/webhooks'],
    ['submit for review', 'post', `/api/articles/${articleId}/workflow/submit`],
    ['request changes', 'post', `/api/articles/${articleId}/workflow/request-changes`],
    ['sign off', 'post', `/api/articles/${articleId}/workflow/sign-off`],
    ['publish', 'post', `/api/articles/${articleId}/workflow/publish`],
    ['withdraw', 'post', `/api/articles/${articleId}/workflow/withdraw`],
    ['log in', 'post', '/api/users/login'],
  ]

  it('answers each bad body on each write endpoint with a 4xx and a JSON error, never a 500', async () => {
    const countBefore = (await app.payload.count({ collection: 'articles' })).totalDocs
    const answers: string[] = []
    for (const [endpoint, method, path] of writeEndpoints()) {
      for (const bad of BAD_BODIES) {
        const response = await send(method, path, bad)
        if (response.status < 400 || response.status >= 500 || !response.body?.errors?.length) {
          answers.push(
            `${endpoint} / ${bad.label}: ${response.status} ${response.text.slice(0, 120)}`,
          )
        }
      }
    }
    expect(answers).toEqual([])
    const article = await app.payload.findByID({
      collection: 'articles',
      id: articleId,
      draft: true,
      depth: 0,
    })
    expect(article.title).toBe('Kept as it was')
    expect(article.workflowState).toBe('draft')
    expect((await app.payload.count({ collection: 'articles' })).totalDocs).toBe(countBefore)
    expect((await request(app.server).get('/api/health')).status).toBe(200)
  })

  it('names the field: a NUL in a title is refused, never stored truncated', async () => {
    const response = await request(app.server)
      .post('/api/articles')
      .set('Authorization', editor)
      .send({ title: 'abc\u0000def', summary: 'Summary.' })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('title')
    expect(
      (
        await app.payload.find({
          collection: 'articles',
          where: { title: { equals: 'abc' } },
          draft: true,
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('keeps tabs and new lines, which are text', async () => {
    const response = await request(app.server)
      .post('/api/articles')
      .set('Authorization', editor)
      .send({ title: 'Tabs\tand lines', summary: 'One line.\nAnother line.\r\nA third.' })
    expect(response.status).toBe(201)
    expect(response.body.doc.summary).toBe('One line.\nAnother line.\r\nA third.')
  })

  it('refuses a lone carriage return in a title and in a comment, naming the field', async () => {
    const title = await request(app.server)
      .post('/api/articles')
      .set('Authorization', editor)
      .send({ title: 'Hidden\rtext', summary: 'Summary.' })
    expect(title.status).toBe(400)
    expect(fieldErrors(title.body).map((error) => error.path)).toEqual(['title'])
    expect(fieldErrors(title.body)[0].message).toMatch(/control characters/)
    const comment = await request(app.server)
      .post(`/api/articles/${articleId}/workflow/request-changes`)
      .set('Authorization', editor)
      .send({ comment: 'Fine\rNot fine' })
    expect(comment.status).toBe(400)
    expect(fieldErrors(comment.body).map((error) => error.path)).toEqual(['comment'])
    await expect(
      app.payload.update({ collection: 'articles', id: articleId, data: { summary: 'a\rb' } }),
    ).rejects.toMatchObject({ status: 400 })
    const stored = await app.payload.findByID({
      collection: 'articles',
      id: articleId,
      draft: true,
    })
    expect(stored.title).toBe('Kept as it was')
    expect(stored.summary).not.toContain('\r')
  })

  describe('a drug-wide re-review request names a stored drug by its id', () => {
    it.each([
      ['an id no drug has', 'no-such-drug'],
      ['a list of ids', ['a', 'b']],
      ['the drug’s name', 'Baclofen'],
      ['an object', { id: 'x' }],
      ['nothing', undefined],
    ])('answers %s with a 400 naming drug, and stores nothing', async (_label, drug) => {
      await app.payload.create({ collection: 'drugs', data: { name: 'Baclofen' } }).catch(() => {})
      const before = (await app.payload.count({ collection: 'review-requests' })).totalDocs
      const response = await request(app.server)
        .post('/api/review-requests')
        .set('Authorization', editor)
        .send({ drug, reason: 'FDA label change: new boxed warning' })
      expect(response.status).toBe(400)
      const errors = fieldErrors(response.body)
      expect(errors.map((error) => error.path)).toEqual(['drug'])
      expect(errors[0].message).toMatch(/drug/i)
      expect(errors[0].message).not.toMatch(/relationship|invalid relationships/)
      expect((await app.payload.count({ collection: 'review-requests' })).totalDocs).toBe(before)
      expect((await request(app.server).get('/api/health')).status).toBe(200)
    })

    it('still takes a request for a drug given by its id', async () => {
      const { docs } = await app.payload.find({
        collection: 'drugs',
        where: { name: { equals: 'Baclofen' } },
      })
      const drug =
        docs[0] ?? (await app.payload.create({ collection: 'drugs', data: { name: 'Baclofen' } }))
      const response = await request(app.server)
        .post('/api/review-requests')
        .set('Authorization', editor)
        .send({ drug: drug.id, reason: 'FDA label change: new boxed warning' })
      expect(response.status).toBe(201)
    })
  })

  it.each([
    ['request-changes', 'comment'],
    ['sign-off', 'password'],
    ['withdraw', 'reason'],
    ['assign', 'assignee'],
    ['schedule', 'publishAt'],
    ['schedule-withdraw', 'at'],
  ])(
    'answers an empty body on %s with a 400 naming %s in words, not zod’s',
    async (action, field) => {
      const caller = ['sign-off', 'request-changes'].includes(action)
        ? callers.team.reviewer
        : callers.team.admin
      const response = await request(app.server)
        .post(`/api/articles/${articleId}/workflow/${action}`)
        .set('Authorization', bearer(caller.token))
        .send({})
      expect(response.status).toBe(400)
      const errors = fieldErrors(response.body)
      expect(errors.map((error) => error.path)).toContain(field)
      expect(errors.map((error) => error.message).join(' ')).not.toMatch(RAW_ZOD)
      expect(response.text).not.toMatch(RAW_ZOD)
    },
  )

  it('answers a release item without a document, and with a flag that is text, in words', async () => {
    const release = await app.payload.create({
      collection: 'releases',
      data: { title: 'Bad input release' } as never,
    })
    const response = await request(app.server)
      .post(`/api/releases/${release.id}/items`)
      .set('Authorization', editor)
      .send({ includeLinked: 'yes' })
    expect(response.status).toBe(400)
    const errors = fieldErrors(response.body)
    expect(errors.map((error) => error.path)).toEqual(
      expect.arrayContaining(['collection', 'id', 'includeLinked']),
    )
    expect(errors.find((error) => error.path === 'includeLinked')?.message).toBe(
      'includeLinked must be true or false',
    )
    expect(response.text).not.toMatch(RAW_ZOD)
  })

  it.each([
    ['a wrong API key', 'users API-Key not-a-key'],
    ['a malformed token', 'JWT not.a.token'],
    ['a bearer token that is not one', 'Bearer not.a.token'],
  ])(
    'answers %s with the same 401 on the delivered page and the list (PUBLIC_API=true)',
    async (_label, authorization) => {
      const page = await request(app.server)
        .get('/api/delivery/articles/no-such-article')
        .set('Authorization', authorization)
      const list = await request(app.server)
        .get('/api/delivery/articles')
        .set('Authorization', authorization)
      expect([page.status, list.status]).toEqual([401, 401])
      expect(list.body).toEqual(page.body)
      expect(page.body.errors[0].message).toMatch(/Authorization header/)
      expect(page.headers['cache-control']).toBe('no-store')
      expect((await request(app.server).get('/api/delivery/articles')).status).toBe(200)
      const empty = request(app.server).get('/api/delivery/articles').set('Authorization', ' ')
      expect((await empty).status).toBe(200)
      expect(
        (
          await request(app.server)
            .get('/api/delivery/articles')
            .set('Authorization', `users API-Key ${callers.consumerKey}`)
        ).status,
      ).toBe(200)
    },
  )

  it('reads a scheme the CMS does not sign in with (Basic, from a protected staging proxy) as anonymous', async () => {
    for (const path of ['/api/delivery/articles', '/api/delivery/articles/no-such-article']) {
      const answer = await request(app.server).get(path).set('Authorization', 'Basic dXNlcjpwYXNz')
      const anonymous = await request(app.server).get(path)
      expect([answer.status, answer.body]).toEqual([anonymous.status, anonymous.body])
    }
  })

  it('refuses the same bodies over the Local API, which trusted code could pass on', async () => {
    await expect(
      app.payload.update({ collection: 'articles', id: articleId, data: 'abc' as never }),
    ).rejects.toMatchObject({ status: 400 })
    await expect(
      app.payload.update({ collection: 'articles', id: articleId, data: { title: 'a\u0000b' } }),
    ).rejects.toMatchObject({ status: 400 })
    expect(
      (await app.payload.findByID({ collection: 'articles', id: articleId, draft: true })).title,
    ).toBe('Kept as it was')
  })

  it.each([
    'limit=1.5',
    'limit=1e308',
    'limit=99999999999999999999',
    'limit=-1',
    'limit=abc',
    'limit=100000',
    'page=1e20',
    'page=0',
    'page=-1',
    'depth=-1',
    'depth=1e9',
    'pagination=maybe',
  ])('answers ?%s on REST lists with a 400 naming the parameter', async (query) => {
    for (const path of ['/api/articles', '/api/faqs', '/api/users']) {
      const response = await request(app.server)
        .get(`${path}?${query}`)
        .set('Authorization', editor)
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.body)).toContain(query.split('=')[0])
    }
    expect((await request(app.server).get('/api/health')).status).toBe(200)
  })

  it('refuses limit=0 and pagination=false (everything at once) to anonymous and consumer callers', async () => {
    for (const query of ['limit=0', 'pagination=false']) {
      expect((await request(app.server).get(`/api/articles?${query}`)).status).toBe(400)
      const consumer = await request(app.server)
        .get(`/api/articles?${query}`)
        .set('Authorization', `users API-Key ${callers.consumerKey}`)
      expect(consumer.status).toBe(400)
      expect(
        (await request(app.server).get(`/api/articles?${query}`).set('Authorization', editor))
          .status,
      ).toBe(200)
    }
    expect((await request(app.server).get('/api/articles?limit=5&page=2')).status).toBe(200)
  })

  it("reads the admin's POST-as-GET form queries, and checks their limits too", async () => {
    const read = (body: string) =>
      request(app.server)
        .post('/api/articles')
        .set('Authorization', editor)
        .set('X-Payload-HTTP-Method-Override', 'GET')
        .set('Content-Type', 'application/x-www-form-urlencoded')
        .send(body)
    const ok = await read('limit=5&where[title][equals]=Kept%20as%20it%20was')
    expect(ok.status).toBe(200)
    expect(ok.body.docs.map((doc: { id: string }) => doc.id)).toContain(articleId)
    expect((await read('limit=1.5')).status).toBe(400)
  })

  it('answers a GraphQL request whose body is not JSON with a 4xx, and the server stays healthy', async () => {
    const bodies: [string | undefined, string][] = [
      ['application/json', 'query { Articles { docs { id } } }'],
      ['application/json', '{bad'],
      ['application/json', 'null'],
      ['text/plain', '{ Articles { docs { id } } }'],
      [
        'application/json',
        JSON.stringify({
          query: `{ Articles(where: ${nested('{ and: [', '] }', 3000)}) { docs { id } } }`,
        }),
      ],
    ]
    for (const [contentType, body] of bodies) {
      const call = request(app.server).post('/api/graphql')
      if (contentType) call.set('Content-Type', contentType)
      const response = await call.send(body)
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
    }
    expect((await request(app.server).get('/api/health')).status).toBe(200)
  })

  it('answers an email verification over REST with a 400 naming the token, as GraphQL does', async () => {
    const accounts = async () =>
      (await app.payload.find({ collection: 'users', limit: 0, depth: 0, sort: 'id' })).docs.map(
        ({ id, updatedAt }) => ({ id, updatedAt }),
      )
    const before = await accounts()
    for (const token of ['abc', '..%2F..', 'null']) {
      const response = await request(app.server).post(`/api/users/verify/${token}`).send({})
      expect(response.status).toBe(400)
      expect(response.body.errors[0].data.errors[0]).toMatchObject({ path: 'token' })
    }
    expect(await accounts()).toEqual(before)
    expect((await request(app.server).get('/api/health')).status).toBe(200)
  })
})
