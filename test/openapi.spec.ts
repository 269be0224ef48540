import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { type Exchange, openApiContract, readCommittedOpenApi } from './helpers/openApiContract'
import { startTestAppFrom, type TestApp } from './helpers/testApp'

const PAGE = '/api/delivery/articles/what-are-the-benefits-of-taking-baclofen'

type DocumentShape = {
  paths: Record<
    string,
    Record<
      string,
      {
        responses: Record<
          string,
          { headers?: object; content?: Record<string, { schema: { $ref?: string } }> }
        >
      }
    >
  >
  components: { securitySchemes: object }
}

const exchangeOf = (method: string, pathname: string, response: request.Response): Exchange => ({
  method,
  pathname,
  status: response.status,
  contentType: response.headers['content-type'] ?? null,
  body: response.text,
})

describe('the OpenAPI document', () => {
  let app: TestApp

  beforeAll(async () => {
    // The seed content, as `npm run seed` leaves it (the template also has one account per role).
    ;({ app } = await startTestAppFrom('seedAndTeam'))
  })

  afterAll(async () => {
    await app.close()
  })

  it('is served at /api/openapi.json, the same as the committed downstream/openapi.json', async () => {
    const response = await request(app.server).get('/api/openapi.json')
    expect(response.status).toBe(200)
    expect(response.body.openapi).toBe('3.1.0')
    expect(response.body).toEqual(readCommittedOpenApi())
    const cached = await request(app.server)
      .get('/api/openapi.json')
      .set('If-None-Match', response.headers.etag)
    expect(cached.status).toBe(304)
  })

  it('documents every endpoint the project adds, with auth and the error shape', () => {
    const document = readCommittedOpenApi() as unknown as DocumentShape
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/delivery/articles/{slug}',
        '/api/delivery/articles',
        '/api/articles/{id}/workflow',
        '/api/articles/{id}/workflow/sign-off',
        '/api/faqs/{id}/workflow/publish',
        '/api/references/{id}/workflow/changes',
        '/api/comparison-rows/{id}/workflow/schedule',
        '/api/review-queue',
        '/api/records/{collection}/{id}',
        '/api/audit-log/export',
        '/api/releases/{id}/publish',
        '/api/review-comments/{id}/resolve',
        '/api/health',
        '/api/openapi.json',
      ]),
    )
    expect(Object.keys(document.components.securitySchemes)).toEqual(['staffJwt', 'consumerApiKey'])
    const publish = document.paths['/api/articles/{id}/workflow/publish'].post
    expect(Object.keys(publish.responses)).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '409',
      '415',
    ])
    expect(publish.responses['409'].content?.['application/json'].schema.$ref).toBe(
      '#/components/schemas/ErrorResponse',
    )
    const page = document.paths['/api/delivery/articles/{slug}'].get
    expect(Object.keys(page.responses['200'].headers ?? {})).toEqual(
      expect.arrayContaining(['ETag', 'Cache-Control', 'Surrogate-Key', 'Cache-Tag']),
    )
    expect(page.responses['304']).toBeDefined()
  })

  describe('says what the server enforces', () => {
    type Operation = {
      requestBody?: {
        required?: boolean
        content: Record<string, { schema: { properties?: Record<string, { pattern?: string }> } }>
      }
      parameters?: { name: string; schema: Record<string, unknown> }[]
      responses: Record<string, unknown>
    }
    const operation = (method: string, path: string): Operation =>
      (
        readCommittedOpenApi() as unknown as Record<
          string,
          Record<string, Record<string, Operation>>
        >
      ).paths[path][method]

    it.each(['request-changes', 'sign-off', 'withdraw', 'assign', 'schedule', 'schedule-withdraw'])(
      'marks the body of %s required on every reviewable collection',
      (action) => {
        for (const collection of ['articles', 'faqs', 'comparison-rows', 'references']) {
          const body = operation('post', `/api/${collection}/{id}/workflow/${action}`).requestBody
          expect(body?.required).toBe(true)
        }
      },
    )

    it('marks a release item’s body required, and leaves optional bodies optional', () => {
      expect(operation('post', '/api/releases/{id}/items').requestBody?.required).toBe(true)
      expect(operation('post', '/api/articles/{id}/workflow/submit').requestBody?.required).toBe(
        false,
      )
    })

    it('gives the delivery list’s page its maximum, as the request guard refuses beyond it', () => {
      const page = operation('get', '/api/delivery/articles').parameters?.find(
        (parameter) => parameter.name === 'page',
      )
      expect(page?.schema).toMatchObject({ minimum: 1, maximum: 1_000_000 })
    })

    it('gives the audit export’s from and to their date formats', () => {
      const parameters = operation('get', '/api/audit-log/export').parameters ?? []
      for (const name of ['from', 'to']) {
        const schema = parameters.find((parameter) => parameter.name === name)?.schema
        expect(schema?.anyOf).toEqual([
          { type: 'string', format: 'date' },
          { type: 'string', format: 'date-time' },
        ])
      }
    })

    it('states the control-character rule on text in request bodies', () => {
      const reason = operation('post', '/api/articles/{id}/workflow/withdraw').requestBody?.content[
        'application/json'
      ].schema.properties?.reason
      const pattern = new RegExp(reason?.pattern ?? '(?!)')
      expect(
        ['Label change', 'Tab\there', 'Two\nlines', 'Windows\r\nline'].every((text) =>
          pattern.test(text),
        ),
      ).toBe(true)
      expect(
        ['Lone\rreturn', 'N\u0000UL', 'Esc\u001b', 'Del\u007f'].some((text) => pattern.test(text)),
      ).toBe(false)
    })

    it('documents the 401 for an Authorization header that signs nobody in on the page and the list', () => {
      expect(operation('get', '/api/delivery/articles/{slug}').responses['401']).toBeDefined()
      expect(operation('get', '/api/delivery/articles').responses['401']).toBeDefined()
    })
  })

  describe('the checker the API specs run every answer through', () => {
    const contract = openApiContract()
    let page: request.Response

    beforeAll(async () => {
      page = await request(app.server).get(PAGE)
      expect(page.status).toBe(200)
    })

    it('accepts the delivered page as the CMS sends it', () => {
      expect(contract.violationsOf(exchangeOf('GET', PAGE, page))).toEqual([])
    })

    it('fails a page whose field was renamed in code but not in the document', () => {
      const { title, ...rest } = page.body
      const renamed = JSON.stringify({ ...rest, headline: title })
      const violations = contract.violationsOf({ ...exchangeOf('GET', PAGE, page), body: renamed })
      expect(violations).toHaveLength(1)
      expect(violations[0]).toContain("must have required property 'title'")
      expect(violations[0]).toContain("must NOT have additional properties 'headline'")
    })

    it('fails a nested field of the wrong type, a status and a media type the document lacks', () => {
      const wrongType = { ...page.body, references: [{ ...page.body.references[0], number: '1' }] }
      expect(
        contract.violationsOf({
          ...exchangeOf('GET', PAGE, page),
          body: JSON.stringify(wrongType),
        }),
      ).toEqual([expect.stringContaining('/references/0/number must be integer')])
      expect(contract.violationsOf({ ...exchangeOf('GET', PAGE, page), status: 418 })).toEqual([
        expect.stringContaining('status not in the document'),
      ])
      expect(
        contract.violationsOf({ ...exchangeOf('GET', PAGE, page), contentType: 'text/html' }),
      ).toEqual([expect.stringContaining('answered text/html')])
    })

    it('checks errors against the error shape and leaves routes it does not describe alone', async () => {
      const missing = await request(app.server).get('/api/delivery/articles/no-such-article')
      expect(missing.status).toBe(404)
      const exchange = exchangeOf('GET', '/api/delivery/articles/no-such-article', missing)
      expect(contract.violationsOf(exchange)).toEqual([])
      expect(
        contract.violationsOf({ ...exchange, body: JSON.stringify({ error: 'not found' }) }),
      ).toEqual([expect.stringContaining("must have required property 'errors'")])
      expect(
        contract.violationsOf({ ...exchange, pathname: '/api/articles', status: 418 }),
      ).toEqual([])
    })
  })
})
