import type { Test } from 'supertest'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import request from 'supertest'

import { ACCESS_TABLE, CALLERS, type Caller, type Operation } from './accessTable'
import { BUILDERS, publishedWithDraftForReads, writersDraft } from './accessFixtures'
import { as, startCallersApp, type Callers } from './callers'
import type { TestApp } from './testApp'
import { createUser } from './users'
import { approve, createAs, faqData, publishDefaultDisclaimer } from './workflow'

export const TYPES: Record<string, { one: string; many: string; versioned: boolean }> = {
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

export type GraphqlAccess = {
  app: () => TestApp
  callers: () => Callers
  graphql: (caller: Caller, query: string, variables?: Record<string, unknown>) => Test
  /** The access table's rows of these collections over GraphQL, every operation as every caller. */
  describeTable: (collections: (keyof typeof TYPES)[]) => void
}

/**
 * An app with the callers and a signed FAQ (so signatures and audit entries exist), for the
 * GraphQL access table; the table is split over test/access-graphql*.spec.ts to run in parallel.
 */
export const useGraphqlAccess = (): GraphqlAccess => {
  let app: TestApp
  let callers: Callers
  let evidence: Record<'signatures' | 'audit-log', string>

  const graphql = (caller: Caller, query: string, variables: Record<string, unknown> = {}) =>
    as(request(app.server).post('/api/graphql'), caller, callers).send({ query, variables })

  /** An existing document of the collection, readable by whoever may read it. */
  const existing = async (collection: string): Promise<string> => {
    if (collection in BUILDERS)
      return (await publishedWithDraftForReads(app, callers, collection as keyof typeof BUILDERS))
        .id
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

  return {
    app: () => app,
    callers: () => callers,
    graphql,
    describeTable: (collections) => {
      describe.each(collections)('%s', (collection) => {
        describe.each(
          GRAPHQL_OPERATIONS.filter((operation) => ACCESS_TABLE[collection][operation]),
        )('%s', (operation) => {
          it.each(CALLERS)('as %s', async (caller) => {
            const allowed = ACCESS_TABLE[collection][operation]!.includes(caller)
            expect(await attempt[operation](collection, caller)).toBe(allowed)
          })
        })
      })
    },
  }
}
