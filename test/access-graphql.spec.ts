import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { ACCESS_TABLE, CALLERS, type Caller, type Operation } from './helpers/accessTable'
import { BUILDERS, publishedWithDraft, writersDraft } from './helpers/accessFixtures'
import { as, startCallersApp, type Callers } from './helpers/callers'
import type { TestApp } from './helpers/testApp'
import { createUser } from './helpers/users'
import { approve, createAs, faqData, publishDefaultDisclaimer } from './helpers/workflow'

const TYPES: Record<string, { one: string; many: string; versioned: boolean }> = {
  articles: { one: 'Article', many: 'Articles', versioned: true },
  faqs: { one: 'Faq', many: 'Faqs', versioned: true },
  'comparison-rows': { one: 'ComparisonRow', many: 'ComparisonRows', versioned: true },
  references: { one: 'Reference', many: 'References', versioned: true },
  disclaimers: { one: 'Disclaimer', many: 'Disclaimers', versioned: true },
  signatures: { one: 'Signature', many: 'Signatures', versioned: false },
  'audit-log': { one: 'AuditLog', many: 'AuditLogs', versioned: false },
  users: { one: 'User', many: 'Users', versioned: false },
}
const GRAPHQL_OPERATIONS: Operation[] = ['list', 'read by id', 'create', 'update content']

describe('role-based access over GraphQL', () => {
  let app: TestApp
  let callers: Callers
  let evidence: Record<'signatures' | 'audit-log', string>

  const graphql = (caller: Caller, query: string, variables: Record<string, unknown> = {}) =>
    as(request(app.server).post('/api/graphql'), caller, callers).send({ query, variables })

  /** An existing document of the collection, readable by whoever may read it. */
  const existing = async (collection: string): Promise<string> => {
    if (collection in BUILDERS)
      return (await publishedWithDraft(app, callers, collection as keyof typeof BUILDERS)).id
    if (collection === 'users') return (await createUser(app.payload, 'writer')).id
    return evidence[collection as 'signatures' | 'audit-log']
  }

  const createData = (collection: string): Record<string, unknown> => {
    if (collection in BUILDERS)
      return BUILDERS[collection as keyof typeof BUILDERS].data(`GraphQL ${Math.random()}`)
    if (collection === 'users') {
      return {
        email: `gql-${Math.random().toString(36).slice(2)}@example.test`,
        password: 'long-enough-pw',
        role: 'writer',
      }
    }
    return { comment: 'forged' }
  }

  const updateData = (collection: string): Record<string, unknown> => {
    if (collection in BUILDERS)
      return { [BUILDERS[collection as keyof typeof BUILDERS].field]: 'Changed over GraphQL' }
    return collection === 'users' ? { fullName: 'Changed over GraphQL' } : { comment: 'rewritten' }
  }

  const attempt: Record<string, (collection: string, caller: Caller) => Promise<boolean>> = {
    list: async (collection, caller) => {
      const { many } = TYPES[collection]
      const response = await graphql(caller, `{ ${many} { docs { id } } }`)
      return !response.body.errors && Array.isArray(response.body.data[many].docs)
    },
    'read by id': async (collection, caller) => {
      const { one } = TYPES[collection]
      const id = await existing(collection)
      const response = await graphql(caller, `query ($id: String!) { ${one}(id: $id) { id } }`, {
        id,
      })
      return !response.body.errors && response.body.data?.[one]?.id === id
    },
    create: async (collection, caller) => {
      const { one } = TYPES[collection]
      const response = await graphql(
        caller,
        `mutation ($data: mutation${one}Input!) { create${one}(data: $data) { id } }`,
        { data: createData(collection) },
      )
      return !response.body.errors && Boolean(response.body.data?.[`create${one}`]?.id)
    },
    'update content': async (collection, caller) => {
      const { one, versioned } = TYPES[collection]
      const id =
        collection in BUILDERS
          ? await writersDraft(app, callers, collection as keyof typeof BUILDERS)
          : await existing(collection)
      const response = await graphql(
        caller,
        `mutation ($id: String!, $data: mutation${one}UpdateInput!) { update${one}(id: $id, data: $data${versioned ? ', draft: true' : ''}) { id } }`,
        { id, data: updateData(collection) },
      )
      return !response.body.errors && response.body.data?.[`update${one}`]?.id === id
    },
  }

  beforeAll(async () => {
    ;({ app, callers } = await startCallersApp())
    await publishDefaultDisclaimer(app.payload)
    const faq = await createAs(app.server, callers.team.writer, 'faqs', faqData())
    await approve(app.server, 'faqs', faq, callers.team.writer, callers.team.reviewer)
    evidence = {
      signatures: String(
        (await app.payload.find({ collection: 'signatures', limit: 1 })).docs[0].id,
      ),
      'audit-log': String(
        (await app.payload.find({ collection: 'audit-log', limit: 1 })).docs[0].id,
      ),
    }
  })

  afterAll(async () => {
    await app.close()
  })

  describe.each(Object.keys(TYPES))('%s', (collection) => {
    describe.each(GRAPHQL_OPERATIONS.filter((operation) => ACCESS_TABLE[collection][operation]))(
      '%s',
      (operation) => {
        it.each(CALLERS)('as %s', async (caller) => {
          const allowed = ACCESS_TABLE[collection][operation]!.includes(caller)
          expect(await attempt[operation](collection, caller)).toBe(allowed)
        })
      },
    )
  })

  it('gives the public the live version when a query asks for drafts', async () => {
    const { id, live } = await publishedWithDraft(app, callers, 'faqs')
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
