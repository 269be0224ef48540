import type * as GraphQL from 'graphql'
import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import type { AnyActionDeclaration } from './defineAction'

import { graphqlTypes } from './graphqlTypes'
import { runAction } from './restEndpoint'

type Mutation = GraphQL.GraphQLFieldConfig<
  unknown,
  { req: PayloadRequest },
  Record<string, unknown>
>

/**
 * The GraphQL mutations of the declarations that name one: arguments `collection` (when mounted
 * on several collections), the path parameters and the body's fields, typed from the zod
 * schemas; the answer typed from `result`. They run the same handler as the REST endpoint.
 */
export const actionMutations = (
  graphQL: typeof GraphQL,
  declarations: readonly AnyActionDeclaration[],
): Record<string, Mutation> => {
  const types = graphqlTypes(graphQL)
  const mutationOf = (declaration: AnyActionDeclaration): Mutation => {
    const [only] = declaration.collections.options as string[]
    const several = declaration.collections.options.length > 1
    const params = several
      ? z.object({ collection: declaration.collections, ...declaration.params.shape })
      : declaration.params
    const paramNames = Object.keys(params.shape)
    return {
      type: types.outputOf(declaration.result),
      args: {
        ...types.argsOf(params),
        ...(declaration.body ? types.argsOf(declaration.body) : {}),
      },
      resolve: (_root, args, context) => {
        declaration.guard?.(context.req)
        return runAction(declaration, {
          req: context.req,
          params: {
            collection: only,
            ...Object.fromEntries(paramNames.map((name) => [name, String(args[name])])),
          },
          body: Object.fromEntries(
            Object.entries(args).filter(([name]) => !paramNames.includes(name)),
          ),
        })
      },
    }
  }
  return Object.fromEntries(
    declarations.flatMap((declaration) =>
      declaration.graphql ? [[declaration.graphql, mutationOf(declaration)]] : [],
    ),
  )
}
