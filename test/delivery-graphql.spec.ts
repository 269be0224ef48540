import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { startTestAppFrom, type TestApp } from './helpers/testApp'

const PAGE_QUERY = `query Page($slug: String!) {
  Articles(where: { slug: { equals: $slug } }, limit: 1) {
    docs {
      title slug summary readingTimeMinutes lastReviewedAt nextReviewDue
      keyPoints { title text }
      body
      drugs { name synonyms }
      conditions
      updateLog { date kind note }
      meta { title description }
      faqs { question answer }
      comparisonColumns
      comparisonRows { feature cells { treatment value } }
      references { title source url doi pmid }
      disclaimer { title text }
    }
  }
}`

describe('the article page over GraphQL', () => {
  let app: TestApp

  beforeAll(async () => {
    // The seed content, as `npm run seed` leaves it (the template also has one account per role).
    ;({ app } = await startTestAppFrom('seedAndTeam'))
  })

  afterAll(async () => {
    await app.close()
  })

  it('returns the whole published page in one anonymous query', async () => {
    const response = await request(app.server)
      .post('/api/graphql')
      .send({ query: PAGE_QUERY, variables: { slug: 'what-are-the-benefits-of-taking-baclofen' } })
    expect(response.body.errors).toBeUndefined()
    const [page] = response.body.data.Articles.docs
    expect(page.keyPoints).toHaveLength(7)
    expect(page.faqs).toHaveLength(8)
    expect(page.comparisonRows).toHaveLength(5)
    expect(page.references).toHaveLength(8)
    expect(page.disclaimer.title).toBe('Medical Disclaimer')
    expect(page.lastReviewedAt).toBeTruthy()
    expect(page.drugs.map((drug: { name: string }) => drug.name)).toEqual(['baclofen'])
    expect(page.updateLog.map((entry: { kind: string }) => entry.kind)).toEqual([
      'first-publication',
    ])
  })

  it('refuses a query nested deeper than the limit, before running it', async () => {
    const users = `createdBy { id ${'updatedBy { id '.repeat(8)}${'}'.repeat(8)} }`
    const query = `{ Articles { docs { faqs { disclaimer { ${users} } } } } }`
    const response = await request(app.server).post('/api/graphql').send({ query })
    expect(response.body.data).toBeUndefined()
    expect(response.body.errors.map((error: { message: string }) => error.message)).toContain(
      'The query is nested 14 levels deep; at most 10 are allowed.',
    )
  })

  it('lets a query at the depth limit through', async () => {
    const response = await request(app.server).post('/api/graphql').send({
      query:
        '{ Articles { docs { faqs { disclaimer { title } } comparisonRows { cells { value } } } } }',
    })
    expect(response.body.errors).toBeUndefined()
  })

  it('refuses a query whose estimated cost is over the limit', async () => {
    const fields = Array.from(
      { length: 200 },
      (_, index) => `a${index}: Faqs(limit: 100) { docs { question } }`,
    )
    const response = await request(app.server)
      .post('/api/graphql')
      .send({ query: `{ ${fields.join(' ')} }` })
    expect(response.body.data).toBeUndefined()
    expect(response.body.errors[0].message).toMatch(/complexity/i)
  })
})
