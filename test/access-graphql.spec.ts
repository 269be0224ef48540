import { describe, expect, it } from '@jest/globals'

import { publishedWithDraft } from './helpers/accessFixtures'
import { useGraphqlAccess } from './helpers/graphqlAccess'

// The other collections' rows: test/access-graphql-records.spec.ts
describe('role-based access over GraphQL', () => {
  const access = useGraphqlAccess()
  const { graphql } = access

  access.describeTable(['articles', 'faqs', 'comparison-rows', 'references'])

  it('gives the public the live version when a query asks for drafts', async () => {
    const { id, live } = await publishedWithDraft(access.app(), access.callers(), 'faqs')
    const response = await graphql(
      'anonymous',
      'query ($id: String!) { Faq(id: $id, draft: true) { question } }',
      { id },
    )
    expect(response.body.data.Faq.question).toBe(live)
  })

  describe('answers an anonymous caller’s mistakes as client errors, never as internal ones', () => {
    type GraphQLError = { message: string; extensions?: Record<string, unknown> }
    const expectClientError = (error: GraphQLError | undefined, words: RegExp) => {
      expect(error?.message).toMatch(words)
      expect(error?.message).not.toBe('Something went wrong.')
      expect(error?.extensions?.statusCode).toBe(400)
      expect(error?.extensions).not.toHaveProperty('stack')
      expect(error?.extensions).not.toHaveProperty('stacktrace')
    }

    it.each([
      ['a list', '{ References(where: { title: null }) { totalDocs } }', 'References'],
      ['another list', '{ Articles(where: { summary: null }) { totalDocs } }', 'Articles'],
      ['a count', '{ countFaqs(where: { question: null }) { totalDocs } }', 'countFaqs'],
      ['a nested AND', '{ Articles(where: { AND: [{ title: null }] }) { totalDocs } }', 'Articles'],
    ])('refuses a where with a field given null on %s, naming it', async (_label, query, root) => {
      const response = await graphql('anonymous', query)
      expect(response.body.data?.[root] ?? null).toBeNull()
      expectClientError(response.body.errors?.[0], /^where\..+ must be conditions/)
    })

    it('refuses the same null when it comes in a variable', async () => {
      const response = await graphql(
        'anonymous',
        'query ($where: Article_where) { Articles(where: $where) { totalDocs } }',
        { where: { title: null } },
      )
      expectClientError(response.body.errors?.[0], /^where\.title must be conditions/)
    })

    it('still answers a where that asks for null values', async () => {
      const response = await graphql(
        'anonymous',
        '{ Articles(where: { title: { equals: null } }) { totalDocs } }',
      )
      expect(response.body.errors).toBeUndefined()
      expect(response.body.data.Articles.totalDocs).toBe(0)
    })

    it('tells an anonymous caller it cannot open the admin panel', async () => {
      const response = await graphql('anonymous', '{ Access { canAccessAdmin } }')
      expect(response.body.errors).toBeUndefined()
      expect(response.body.data.Access.canAccessAdmin).toBe(false)
    })

    it('answers what a caller may do with a global', async () => {
      const response = await graphql(
        'anonymous',
        '{ docAccessPayloadJobsStat { read { permission } update { permission } } }',
      )
      expect(response.body.errors).toBeUndefined()
      // Payload leaves out what the caller may not do (sanitizePermissions).
      const access = response.body.data.docAccessPayloadJobsStat
      expect(access.update?.permission ?? false).toBe(false)
    })

    it('refuses email verification, which accounts here do not use, as a client error', async () => {
      const response = await graphql('anonymous', 'mutation { verifyEmailUser(token: "") }')
      expectClientError(response.body.errors?.[0], /^token cannot be verified/)
    })
  })
})
