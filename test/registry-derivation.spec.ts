import { describe, expect, it } from '@jest/globals'

import * as graphQL from 'graphql'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

import type { WorkflowRouteName } from '../src/components/admin/workflowApi'
import type { ThreadRouteName } from '../src/collections/ReviewComments/endpoints/threadStatus'

import { POLICY_ACTIONS } from '../src/access/policy'
import { undeclaredRoutes } from '../src/actions/coverage'
import { defineAction } from '../src/actions/defineAction'
import { actionMutations } from '../src/actions/graphqlMutation'
import { ACTION_DECLARATIONS } from '../src/actions/registry'
import { DECLARED_ACTION, restEndpoint } from '../src/actions/restEndpoint'
import { buildOpenApiDocument } from '../src/openapi/document'
import { PANEL_INPUT, type WorkflowActionBody } from '../src/workflow/endpoints/actionEndpoints'
import configPromise from '../src/payload.config'

/**
 * The action registry without an app: each declaration yields its REST endpoint, OpenAPI path and
 * GraphQL mutation, and a route mounted without a declaration is caught.
 */

type Operation = { operationId: string; requestBody?: { required: boolean } }
const openApiPaths = buildOpenApiDocument().paths as Record<string, Record<string, Operation>>

const routesOf = (declaration: (typeof ACTION_DECLARATIONS)[number]) =>
  (declaration.collections.options as string[]).map((collection) => ({
    collection,
    path: `/api/${collection}${declaration.path.replace(/:(\w+)/g, '{$1}')}`,
  }))

const schema = new graphQL.GraphQLSchema({
  query: new graphQL.GraphQLObjectType({
    name: 'Query',
    fields: { ok: { type: graphQL.GraphQLBoolean } },
  }),
  mutation: new graphQL.GraphQLObjectType({
    name: 'Mutation',
    fields: actionMutations(graphQL, ACTION_DECLARATIONS),
  }),
})
const mutations = schema.getMutationType()!.getFields()
const committedSchema = readFileSync(path.resolve('downstream/schema.graphql'), 'utf8')

describe('the action registry', () => {
  it('declares each workflow, release and thread route once, under a policy name', () => {
    const names = ACTION_DECLARATIONS.map((declaration) => declaration.name)
    expect(new Set(names).size).toBe(names.length)
    expect(names).toEqual([
      'workflow-status',
      'workflow-changes',
      'workflow-completeness',
      'submit',
      'request-changes',
      'sign-off',
      'publish',
      'withdraw',
      'discard-revision',
      'assign',
      'schedule',
      'cancel-schedule',
      'schedule-withdraw',
      'cancel-schedule-withdraw',
      'workflow-mentionable',
      'release-check',
      'release-candidates',
      'release-add-items',
      'release-remove-item',
      'release-lock',
      'release-cancel',
      'release-publish',
      'thread-resolve',
      'thread-reopen',
      'check-accept',
    ])
    const withPolicy = ACTION_DECLARATIONS.flatMap((declaration) =>
      declaration.policy ? [declaration.policy] : [],
    )
    expect([...withPolicy].sort()).toEqual([...POLICY_ACTIONS].sort())
  })

  it('derives a REST endpoint from every declaration, marked with its name', () => {
    for (const declaration of ACTION_DECLARATIONS) {
      const endpoint = restEndpoint(declaration)
      expect({ path: endpoint.path, method: endpoint.method }).toEqual({
        path: declaration.path,
        method: declaration.method,
      })
      expect(endpoint.custom?.[DECLARED_ACTION]).toBe(declaration.name)
    }
  })

  it('derives an OpenAPI path on every collection it is mounted on, with the body it parses', () => {
    for (const declaration of ACTION_DECLARATIONS) {
      for (const { collection, path: route } of routesOf(declaration)) {
        const operation = openApiPaths[route]?.[declaration.method]
        expect(operation?.operationId).toBe(declaration.operationId(collection))
        expect(Boolean(operation?.requestBody)).toBe(Boolean(declaration.body))
      }
    }
    expect(openApiPaths['/api/faqs/{id}/workflow/schedule'].delete.operationId).toBe(
      'faqsCancelSchedule',
    )
    expect(openApiPaths['/api/releases/{id}/items/{itemCollection}/{itemId}'].delete).toBeDefined()
  })

  it('documents no workflow, release or thread path that no declaration made', () => {
    const declared = new Set(
      ACTION_DECLARATIONS.flatMap((declaration) =>
        routesOf(declaration).map(({ path: route }) => `${declaration.method} ${route}`),
      ),
    )
    const documented = Object.entries(openApiPaths)
      .filter(([route]) =>
        /\/workflow|^\/api\/releases\/|^\/api\/review-comments\/|^\/api\/pre-review-checks\//.test(
          route,
        ),
      )
      .flatMap(([route, methods]) => Object.keys(methods).map((method) => `${method} ${route}`))
    expect(documented.filter((route) => !declared.has(route))).toEqual([])
    expect(documented.length).toBe(declared.size)
  })

  it('derives each GraphQL mutation’s arguments from the zod shape, required where zod requires', () => {
    for (const declaration of ACTION_DECLARATIONS.filter((one) => one.graphql)) {
      const mutation = mutations[declaration.graphql!]
      const shape = { ...declaration.params.shape, ...(declaration.body?.shape ?? {}) }
      // Mounted on one collection (the pre-review checks), a mutation takes no `collection`.
      const several = declaration.collections.options.length > 1
      expect(mutation.args.map((arg) => arg.name)).toEqual([
        ...(several ? ['collection'] : []),
        ...Object.keys(shape),
      ])
      for (const [name, field] of Object.entries(shape)) {
        const arg = mutation.args.find((one) => one.name === name)!
        expect([name, graphQL.isNonNullType(arg.type)]).toEqual([
          name,
          !(field as z.ZodType).safeParse(undefined).success,
        ])
      }
    }
    expect(String(mutations.workflowAssign.args.map((arg) => `${arg.name}: ${arg.type}`))).toBe(
      'collection: ReviewableCollection!,id: String!,assignee: String!,dueAt: String',
    )
    expect(String(mutations.workflowSignOff.type)).toBe('WorkflowResult!')
  })

  it('gives GraphQL the mutations the committed schema has, with the same arguments and answer', () => {
    const printed = graphQL.printSchema(schema)
    const mutationLines = printed
      .slice(printed.indexOf('type Mutation {'))
      .split('\n')
      .filter((line) => line.startsWith('  workflow'))
    expect(mutationLines).toHaveLength(11)
    for (const line of mutationLines) expect(committedSchema).toContain(line)
    for (const type of ['WorkflowResult', 'WorkflowLinkedOutcome', 'ReviewableCollection']) {
      const block = printed.slice(printed.indexOf(`${type} {`)).split('\n}')[0]
      expect(committedSchema).toContain(block)
    }
  })

  describe('catches a route without a declaration', () => {
    it('finds none in the app’s config', async () => {
      const config = await configPromise
      expect(undeclaredRoutes(config.collections, ACTION_DECLARATIONS)).toEqual([])
    })

    it('names an endpoint mounted by hand, and a declaration not mounted', async () => {
      const config = await configPromise
      const handMade = {
        path: '/:id/archive',
        method: 'post' as const,
        handler: async () => Response.json({}),
      }
      const collections = config.collections.map((collection) =>
        collection.slug === 'releases'
          ? { ...collection, endpoints: [...(collection.endpoints || []), handMade] }
          : collection.slug === 'review-comments'
            ? {
                ...collection,
                endpoints: (collection.endpoints || []).filter(
                  (endpoint) => endpoint.custom?.[DECLARED_ACTION] !== 'thread-reopen',
                ),
              }
            : collection,
      )
      expect(undeclaredRoutes(collections, ACTION_DECLARATIONS)).toEqual([
        'review-comments: thread-reopen is declared but not mounted',
        'releases: post /:id/archive has no declaration (defineAction)',
      ])
    })

    it('refuses the GraphQL schema (and so the kit) when one is missing', async () => {
      const config = await configPromise
      const { workflowMutations } = await import('../src/workflow/graphqlMutations')
      const releases = config.collections.find((collection) => collection.slug === 'releases')!
      const withHandMade = {
        ...config,
        collections: [
          {
            ...releases,
            endpoints: [
              { path: '/:id/archive', method: 'post', handler: async () => Response.json({}) },
            ],
          },
        ],
      }
      expect(() => workflowMutations(graphQL, { config: withHandMade } as never)).toThrow(
        'releases: post /:id/archive has no declaration (defineAction)',
      )
    })
  })

  it('types the admin client’s routes from the declarations', () => {
    const routes: WorkflowRouteName[] = ['sign-off', 'schedule', 'schedule-withdraw']
    // @ts-expect-error not a declared workflow route
    const notOne: WorkflowRouteName = 'cancel-schedule'
    const thread: ThreadRouteName[] = ['resolve', 'reopen']
    // @ts-expect-error not a declared thread route
    const notThread: ThreadRouteName = 'delete'
    const signOffBody: WorkflowActionBody<'sign-off'> = { password: 'secret', includeLinked: true }
    // @ts-expect-error sign-off needs the password
    const withoutPassword: WorkflowActionBody<'sign-off'> = { meaning: 'Approved' }
    // @ts-expect-error discard-revision takes no body
    const discardBody: WorkflowActionBody<'discard-revision'> = { note: 'x' }
    expect([
      routes,
      notOne,
      thread,
      notThread,
      signOffBody,
      withoutPassword,
      discardBody,
    ]).toHaveLength(7)
  })

  it('gives the panel what each transition asks for, from the declarations', () => {
    expect(PANEL_INPUT).toEqual({
      submit: 'assign',
      'request-changes': 'comment',
      'sign-off': 'password',
      publish: 'note',
      withdraw: 'reason',
    })
  })

  it('keeps the derivation generic: a new declaration is a route, a path and a mutation', () => {
    const ping = defineAction({
      name: 'ping',
      method: 'post',
      path: '/:id/ping',
      collections: z.enum(['releases']),
      summary: 'Ping',
      tags: ['Releases'],
      operationId: () => 'pingRelease',
      params: z.object({ id: z.string() }),
      body: z.object({ loud: z.boolean().optional(), times: z.int() }),
      result: z.object({ pong: z.string() }).meta({ id: 'Pong' }),
      resultDescription: 'Pong.',
      errors: [400],
      transaction: 'none',
      graphql: 'pingRelease',
      handler: async () => ({ pong: 'pong' }),
    })
    const [mutation] = Object.values(actionMutations(graphQL, [ping]))
    expect(
      Object.entries(mutation.args ?? {}).map(([name, arg]) => `${name}: ${arg.type}`),
    ).toEqual(['id: String!', 'loud: Boolean', 'times: Int!'])
    expect(String(mutation.type)).toBe('Pong!')
    expect(restEndpoint(ping)).toMatchObject({ path: '/:id/ping', method: 'post' })
  })
})
