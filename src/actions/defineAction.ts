import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import type { PolicyAction } from '../access/policy'
import type { ErrorStatus } from '../openapi/components'

export type ActionMethod = 'delete' | 'get' | 'post'

/** What a declared handler gets, from REST (route parameters, JSON body) or GraphQL (arguments). */
export type ActionCall = {
  req: PayloadRequest
  /** The route parameters: Payload's `collection` and the declaration's own (`id`, …). */
  params: Record<string, string>
  /** Unparsed: the action parses it with `body` once it has checked who calls. */
  body: unknown
}

/**
 * One action of the API, declared once: its REST endpoint (restEndpoint.ts), OpenAPI path
 * (openApiPath.ts), GraphQL mutation (graphqlMutation.ts) and the admin client's types come from
 * this. `path` is Payload's, relative to each collection in `collections`.
 */
export type ActionDeclaration<
  Name extends string = string,
  Method extends ActionMethod = ActionMethod,
  Result extends z.ZodType = z.ZodType,
> = {
  /** Unique in the registry; the policy's name for it (src/access/policy.ts). */
  name: Name
  method: Method
  path: string
  /** The collections it is mounted on (an enum with a `.meta` id is GraphQL's `collection` type). */
  collections: z.ZodEnum
  summary: string
  description?: string
  tags: string[]
  operationId: (collection: string) => string
  /** The path parameters after the collection (`{ id }`), with their descriptions. */
  params: z.ZodObject
  /** What the handler parses the JSON body with; also the GraphQL arguments. */
  body?: z.ZodObject
  result: Result
  resultDescription: string
  /** The 200 is sent with `Cache-Control: no-store`. */
  noStore?: boolean
  errors: ErrorStatus[]
  /**
   * `endpoint`: the REST endpoint and the GraphQL mutation run the handler in one transaction;
   * `handler`: the handler opens its own (a release publishes all or nothing); `none`: a read.
   */
  transaction: 'endpoint' | 'handler' | 'none'
  /** Also a GraphQL mutation of this name (arguments: collection, params, the body's fields). */
  graphql?: string
  policy?: PolicyAction
  /** Who may call at all, checked before the body is read (a refusal of a bad body comes after). */
  guard?: (req: PayloadRequest) => void
  /** Whether the endpoint reads a JSON body (default: POST does); an unread body is ignored. */
  readsBody?: boolean
  /**
   * Refusals are the project's thrown errors (src/errors.ts); the answer is what `result`
   * describes (checked against the document by every spec; not by the compiler here, as the
   * generated document types have no index signature for `looseObject` answers).
   */
  handler: (call: ActionCall) => Promise<unknown>
}

/** Any declaration, whatever its name and result. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyActionDeclaration = ActionDeclaration<string, ActionMethod, any>

/** Declares one action; see ActionDeclaration. Only actions declared here are mounted. */
export const defineAction = <
  const Name extends string,
  const Method extends ActionMethod,
  Result extends z.ZodType,
>(
  declaration: ActionDeclaration<Name, Method, Result>,
): ActionDeclaration<Name, Method, Result> => declaration

/** `/:id/items/:itemId` → `/{id}/items/{itemId}`, as OpenAPI writes path parameters. */
export const openApiPathOf = (path: string): string => path.replace(/:(\w+)/g, '{$1}')
