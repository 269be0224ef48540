import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import type { ActionCall, AnyActionDeclaration } from './defineAction'

import { inTransaction } from '../workflow/inTransaction'

/** Marks an endpoint as made from a declaration (`custom.declaredAction` is its name). */
export const DECLARED_ACTION = 'declaredAction'

const paramsOf = (req: PayloadRequest): Record<string, string> =>
  Object.fromEntries(
    Object.entries(req.routeParams ?? {}).map(([name, value]) => [name, String(value)]),
  )

/** Runs a declared handler, in one transaction unless it reads or opens its own. */
export const runAction = (declaration: AnyActionDeclaration, call: ActionCall): Promise<unknown> =>
  declaration.transaction === 'endpoint'
    ? inTransaction(call.req, () => declaration.handler(call))
    : declaration.handler(call)

/**
 * The REST endpoint of a declaration, mounted on each of its collections: the guard, the JSON
 * body, the handler (refusals are thrown project errors, which Payload answers as
 * `{ errors: [{ message, data? }] }`), and the result as JSON.
 */
export const restEndpoint = (declaration: AnyActionDeclaration): Endpoint => ({
  path: declaration.path,
  method: declaration.method,
  custom: { [DECLARED_ACTION]: declaration.name },
  handler: async (req) => {
    declaration.guard?.(req)
    if (declaration.readsBody ?? declaration.method === 'post') await addDataAndFileToRequest(req)
    const result = await runAction(declaration, { req, params: paramsOf(req), body: req.data })
    return Response.json(
      result,
      declaration.noStore ? { headers: { 'Cache-Control': 'no-store' } } : undefined,
    )
  },
})
