import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi'

import type { AnyActionDeclaration } from './defineAction'

import { errorResponses, jsonBody, noStore, STAFF } from '../openapi/components'
import { openApiPathOf } from './defineAction'

/** The OpenAPI path of a declaration on one collection (one path per collection: none overlap). */
const registerOn = (
  registry: OpenAPIRegistry,
  declaration: AnyActionDeclaration,
  collection: string,
): void => {
  const { body, description, method, params, result } = declaration
  registry.registerPath({
    method,
    path: `/api/${collection}${openApiPathOf(declaration.path)}`,
    operationId: declaration.operationId(collection),
    tags: declaration.tags,
    summary: declaration.summary,
    ...(description ? { description } : {}),
    security: STAFF,
    request: { params, ...(body ? { body: jsonBody(body) } : {}) },
    responses: {
      200: {
        description: declaration.resultDescription,
        ...(declaration.noStore ? { headers: noStore } : {}),
        content: { 'application/json': { schema: result } },
      },
      ...errorResponses(...declaration.errors),
    },
  })
}

/** Documents each declaration on each collection it is mounted on, in the order given. */
export const registerActionPaths = (
  registry: OpenAPIRegistry,
  declarations: readonly AnyActionDeclaration[],
  collections?: readonly string[],
): void => {
  for (const collection of collections ?? []) {
    for (const declaration of declarations) {
      if ((declaration.collections.options as string[]).includes(collection)) {
        registerOn(registry, declaration, collection)
      }
    }
  }
  if (collections) return
  for (const declaration of declarations) {
    for (const collection of declaration.collections.options as string[]) {
      registerOn(registry, declaration, collection)
    }
  }
}
