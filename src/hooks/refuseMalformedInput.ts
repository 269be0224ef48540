import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { fieldRefusal } from '../errors'
import { inputProblem, isPlainObject } from '../validation/inputShape'

/**
 * Whatever the path (REST, GraphQL, Local API), a create or update gets a JSON object of sane depth
 * without control characters, or a 400 naming the field, before any hook recurses into it.
 */
export const refuseMalformedInput: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const { data } = args as { data?: unknown }
  const problem = isPlainObject(data)
    ? inputProblem(data)
    : { path: 'body', message: 'must be a JSON object with the document’s fields' }
  if (!problem) return args
  throw fieldRefusal(collection.slug, problem.path, `${problem.path} ${problem.message}`)
}

/** Puts the input check first among a collection's operation hooks. */
export const withInputGuard = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [refuseMalformedInput, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
