import type { Endpoint } from 'payload'

import type { AnyActionDeclaration } from './defineAction'

import { DECLARED_ACTION } from './restEndpoint'

/** The routes Payload mounts on every collection itself (collections/endpoints/index.ts). */
const PAYLOAD_ROUTES = new Set([
  'get /count',
  'post /',
  'delete /',
  'delete /:id',
  'post /access/:id?',
  'get /versions',
  'post /:id/duplicate',
  'get /',
  'get /:id',
  'get /versions/:id',
  'post /versions/:id',
  'patch /',
  'patch /:id',
])

type MountedCollection = { slug: string; endpoints?: Endpoint[] | false }

/**
 * What is mounted without a declaration, and what is declared but not mounted, on the
 * collections the declarations cover: `[]` when every route there comes from one declaration.
 */
export const undeclaredRoutes = (
  collections: readonly MountedCollection[],
  declarations: readonly AnyActionDeclaration[],
): string[] => {
  const covered = new Set(
    declarations.flatMap((declaration) => declaration.collections.options as string[]),
  )
  return collections
    .filter((collection) => covered.has(collection.slug))
    .flatMap((collection) => {
      const endpoints = collection.endpoints || []
      const mounted = endpoints.map((endpoint) => endpoint.custom?.[DECLARED_ACTION])
      const undeclared = endpoints
        .filter((endpoint) => !endpoint.custom?.[DECLARED_ACTION])
        .map((endpoint) => `${endpoint.method} ${endpoint.path}`)
        .filter((route) => !PAYLOAD_ROUTES.has(route))
        .map((route) => `${collection.slug}: ${route} has no declaration (defineAction)`)
      const unmounted = declarations
        .filter((declaration) =>
          (declaration.collections.options as string[]).includes(collection.slug),
        )
        .filter((declaration) => !mounted.includes(declaration.name))
        .map((declaration) => `${collection.slug}: ${declaration.name} is declared but not mounted`)
      return [...undeclared, ...unmounted]
    })
}

/**
 * Fails building the GraphQL schema on any route undeclared: `npm run generate:kit` (which CI runs)
 * and the app's first GraphQL request.
 */
export const requireDeclaredRoutes = (
  collections: readonly MountedCollection[],
  declarations: readonly AnyActionDeclaration[],
): void => {
  const problems = undeclaredRoutes(collections, declarations)
  if (problems.length) throw new Error(`Routes without one declaration:\n${problems.join('\n')}`)
}
