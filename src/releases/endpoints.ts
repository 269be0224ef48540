import type { Endpoint } from 'payload'

import { z } from 'zod'

import type { PolicyAction } from '../access/policy'
import type { ActionCall, ActionMethod } from '../actions/defineAction'

import { defineAction } from '../actions/defineAction'
import { restEndpoint } from '../actions/restEndpoint'
import { REVIEWABLE_COLLECTIONS } from '../workflow/states'
import {
  itemOutcomeSchema,
  releaseCandidatesSchema,
  releaseCheckSchema,
  releaseParams,
  withRelease,
} from './apiSchemas'
import { searchCandidates } from './candidates'
import { checkRelease } from './checkRelease'
import { publishRelease } from './publishRelease'
import { addItems, pinAllItems, releaseItemBodySchema, removeItem } from './releaseItems'
import {
  findRelease,
  requireReleaseManager,
  requireReleaseState,
  writeRelease,
} from './releaseRecord'
import { EDITABLE_RELEASE_STATES, PUBLISHABLE_RELEASE_STATES } from './states'

const releases = z.enum(['releases'])

/** Finding documents to add reads content with the caller's own access: no action of the policy. */
type ReleaseRouteName = PolicyAction | 'release-candidates'
const policyOf = (name: ReleaseRouteName): PolicyAction | undefined =>
  name === 'release-candidates' ? undefined : name

/**
 * /api/releases/{id}/…: editors and admins (checked before the body is read); writes in one
 * transaction where there are some.
 */
const defineReleaseAction = <
  const Name extends ReleaseRouteName,
  const Method extends ActionMethod,
  Result extends z.ZodType,
>(declaration: {
  name: Name
  method: Method
  path: string
  operationId: string
  summary: string
  description?: string
  params?: z.ZodObject
  body?: z.ZodObject
  result: Result
  transaction?: 'handler'
  readsBody?: false
  handler: (call: ActionCall) => Promise<unknown>
}) =>
  defineAction({
    name: declaration.name,
    method: declaration.method,
    path: `/:id${declaration.path}`,
    collections: releases,
    summary: declaration.summary,
    description: declaration.description,
    tags: ['Releases'],
    operationId: () => declaration.operationId,
    params: declaration.params ?? releaseParams,
    body: declaration.body,
    result: declaration.result,
    resultDescription: 'Done.',
    errors:
      declaration.method === 'get' ? [400, 401, 403, 404, 409] : [400, 401, 403, 404, 409, 415],
    transaction: declaration.transaction ?? (declaration.method === 'get' ? 'none' : 'endpoint'),
    policy: policyOf(declaration.name),
    guard: requireReleaseManager,
    readsBody: declaration.readsBody,
    handler: declaration.handler,
  })

/** Every release route, declared once. */
export const RELEASE_ROUTES = [
  defineReleaseAction({
    name: 'release-check',
    method: 'get',
    path: '/check',
    operationId: 'checkRelease',
    summary: 'What each item still needs',
    result: releaseCheckSchema,
    handler: async ({ req, params }) => checkRelease(req, await findRelease(req, params.id)),
  }),
  defineReleaseAction({
    name: 'release-candidates',
    method: 'get',
    path: '/candidates',
    operationId: 'findReleaseCandidates',
    summary: 'Find documents to add, by title, collection and review state',
    description:
      "Query: `q` (words of the title, an FAQ's question or a row's feature; at most 100 characters), `collection` (one of the reviewable collections) and `state` (a workflow state), all optional. Up to 8 documents per collection, latest version first, as far as the caller may read them; `more` says which collections have more matches, and how many.",
    result: releaseCandidatesSchema,
    handler: async ({ req, params }) =>
      searchCandidates(req, await findRelease(req, params.id), req.query),
  }),
  defineReleaseAction({
    name: 'release-add-items',
    method: 'post',
    path: '/items',
    operationId: 'addReleaseItems',
    summary: 'Add a document (and its linked ones), pinned to its signature',
    body: releaseItemBodySchema,
    result: withRelease.extend({
      added: z.array(itemOutcomeSchema),
      skipped: z.array(itemOutcomeSchema),
    }),
    handler: async ({ req, params, body }) => {
      const release = await findRelease(req, params.id)
      requireReleaseState(release, EDITABLE_RELEASE_STATES, 'add items')
      return addItems(req, release, body)
    },
  }),
  // Not `:collection`: Payload's own route parameter already names the collection (releases).
  defineReleaseAction({
    name: 'release-remove-item',
    method: 'delete',
    path: '/items/:itemCollection/:itemId',
    operationId: 'removeReleaseItem',
    summary: 'Remove an item (an article with the linked documents only it brings)',
    description:
      'An article takes along the linked documents in the release that no other article of the release links to; `removed` lists every item taken out, the asked one first.',
    params: releaseParams.extend({
      itemCollection: z.enum(REVIEWABLE_COLLECTIONS),
      itemId: z.string(),
    }),
    result: withRelease.extend({ removed: z.array(itemOutcomeSchema) }),
    handler: async ({ req, params }) => {
      const release = await findRelease(req, params.id)
      requireReleaseState(release, EDITABLE_RELEASE_STATES, 'remove items')
      return removeItem(req, release, params.itemCollection, params.itemId)
    },
  }),
  defineReleaseAction({
    name: 'release-lock',
    method: 'post',
    path: '/lock',
    operationId: 'lockRelease',
    summary: 'Lock the release once every item is ready',
    result: withRelease,
    handler: async ({ req, params }) => {
      const release = await findRelease(req, params.id)
      requireReleaseState(release, EDITABLE_RELEASE_STATES, 'lock it')
      const items = await pinAllItems(req, release)
      return { release: await writeRelease(req, release.id, { items, state: 'locked' }) }
    },
  }),
  defineReleaseAction({
    name: 'release-cancel',
    method: 'post',
    path: '/cancel',
    operationId: 'cancelRelease',
    summary: 'Cancel the release',
    result: withRelease,
    handler: async ({ req, params }) => {
      const release = await findRelease(req, params.id)
      requireReleaseState(release, PUBLISHABLE_RELEASE_STATES, 'cancel it')
      return { release: await writeRelease(req, release.id, { state: 'cancelled' }) }
    },
  }),
  // Not in the endpoint's transaction: the release opens its own, which it must have.
  defineReleaseAction({
    name: 'release-publish',
    method: 'post',
    path: '/publish',
    operationId: 'publishRelease',
    summary: 'Publish every item in one transaction, or none',
    result: withRelease.extend({ message: z.string() }),
    transaction: 'handler',
    readsBody: false,
    handler: async ({ req, params }) => {
      const release = await publishRelease(req, params.id)
      return { release, message: `Published ${release.items?.length ?? 0} documents.` }
    },
  }),
] as const

export const releaseEndpoints: Endpoint[] = RELEASE_ROUTES.map(restEndpoint)
