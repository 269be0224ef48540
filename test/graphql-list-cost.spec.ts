import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { as, type Callers, startCallersApp } from './helpers/callers'
import type { TestApp } from './helpers/testApp'

const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }`

describe('GraphQL list queries cost what they may read', () => {
  let app: TestApp
  let callers: Callers

  const query = (
    caller: 'anonymous' | 'consumer' | 'editor',
    text: string,
    variables?: Record<string, unknown>,
  ) =>
    as(request(app.server).post('/api/graphql'), caller, callers).send({ query: text, variables })

  beforeAll(async () => {
    ;({ app, callers } = await startCallersApp())
  })

  afterAll(async () => {
    await app.close()
  })

  it.each(['anonymous', 'consumer'] as const)(
    'refuses limit: 0 and pagination: false to %s callers',
    async (caller) => {
      for (const text of [
        '{ Articles(limit: 0) { docs { id } } }',
        '{ Faqs(pagination: false) { docs { id } } }',
        aliases(166, 'Articles(limit: 0) { docs { id } }'),
      ]) {
        const response = await query(caller, text)
        expect(response.body.data ?? null).toBeNull()
        expect(response.body.errors[0].message).toMatch(/limit: 0 and pagination: false/)
      }
      const byVariable = await query(
        caller,
        'query ($limit: Int) { Articles(limit: $limit) { docs { id } } }',
        { limit: 0 },
      )
      expect(byVariable.body.errors[0].message).toMatch(/limit: 0/)
    },
  )

  it('lets staff list everything once, but not 166 times over', async () => {
    expect(
      (await query('editor', '{ Articles(limit: 0) { docs { id } } }')).body.errors,
    ).toBeUndefined()
    const many = await query('editor', aliases(166, 'Articles(limit: 0) { docs { id } }'))
    expect(many.body.errors[0].message).toMatch(/complexity/)
  })

  it('grows the cost with limit: the same aliases pass with small pages and are refused with large ones', async () => {
    const fields = 'docs { title summary slug }'
    expect(
      (await query('anonymous', aliases(20, `Articles(limit: 10) { ${fields} }`))).body.errors,
    ).toBeUndefined()
    const large = await query('anonymous', aliases(20, `Articles(limit: 1000) { ${fields} }`))
    expect(large.body.data ?? null).toBeNull()
    expect(large.body.errors[0].message).toMatch(/complexity/)
  })
})
