import type { GraphQLExtension, PayloadRequest } from 'payload'

import { docAccessOperationGlobal } from 'payload'

import { InvalidInputError } from '../errors'
import { whereProblem } from '../validation/whereShape'

type Field = { args?: Record<string, unknown>; resolve?: Resolver; [key: string]: unknown }
type Resolver = (
  source: unknown,
  args: Record<string, unknown>,
  context: unknown,
  info: unknown,
) => unknown
type Context = { req: PayloadRequest }

const withResolver = (field: Field, resolve: Resolver): Field => ({ ...field, resolve })

/** Every list and count query refuses a `where` Payload cannot read, as a 400 naming the part. */
const checkedWhere = (field: Field): Field => {
  const original = field.resolve!
  return withResolver(field, (source, args, context, info) => {
    const problem = whereProblem(args.where)
    if (problem) throw new InvalidInputError(problem.path, problem.message)
    return original(source, args, context, info)
  })
}

/**
 * Payload's built-in GraphQL queries that answered a caller's mistake (or an anonymous caller)
 * with an internal error and a logged stack, replaced by the same fields that answer properly:
 * - a `where` with a field given null: 400 naming it, instead of a TypeError;
 * - `Access` for an anonymous caller: `canAccessAdmin: false`, not null in a non-null field;
 * - `docAccess<Global>`: Payload 3.90's resolver reads the request from the wrong argument
 *   (`(_, context)` for `(_, args, context)`), a TypeError for every caller.
 */
export const builtInQueryFixes: GraphQLExtension = (_graphQL, { globals, Query }) => {
  const fields = Query.fields as Record<string, Field>
  const fixes: Record<string, Field> = {}
  for (const [name, field] of Object.entries(fields)) {
    if (field.args && 'where' in field.args && field.resolve) fixes[name] = checkedWhere(field)
  }
  if (fields.Access?.resolve) {
    const original = fields.Access.resolve
    fixes.Access = withResolver(fields.Access, async (...call) => {
      const access = (await original(...call)) as Record<string, unknown>
      return { ...access, canAccessAdmin: Boolean(access.canAccessAdmin) }
    })
  }
  const globalTypes = (globals.graphQL ?? {}) as Record<string, { type?: { name?: string } }>
  // Payload keys `globals.graphQL` by the global's index in the config, not by its slug.
  for (const [index, globalConfig] of globals.config.entries()) {
    const typeName = (globalTypes[index] ?? globalTypes[globalConfig.slug])?.type?.name
    const name = `docAccess${typeName}`
    if (!fields[name]) continue
    fixes[name] = withResolver(fields[name], (_source, _args, context) =>
      docAccessOperationGlobal({ globalConfig, req: (context as Context).req }),
    )
  }
  return fixes
}

/**
 * `verifyEmail<User>` exists for every auth collection, but on one without email verification it
 * failed inside Payload ("Cannot find field for path at _verificationToken", a 500): a 400 now.
 */
export const builtInMutationFixes: GraphQLExtension = (_graphQL, { collections, Mutation }) => {
  const fields = Mutation.fields as Record<string, Field>
  const fixes: Record<string, Field> = {}
  for (const collection of Object.values(collections)) {
    const typeName = (collection.graphQL as { type?: { name?: string } } | undefined)?.type?.name
    const name = `verifyEmail${typeName}`
    if (!collection.config.auth || collection.config.auth.verify || !fields[name]) continue
    fixes[name] = withResolver(fields[name], () => {
      throw new InvalidInputError(
        'token',
        'cannot be verified: accounts here are created by an admin and their email addresses need no verification',
      )
    })
  }
  return fixes
}
