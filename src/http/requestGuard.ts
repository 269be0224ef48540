import type { SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { isStaffUser } from '../access/roles'
import { inputProblem, isPlainObject } from '../validation/inputShape'
import { graphQLNestingProblem } from './graphQLNesting'
import { asksForEverything, paginationProblem } from './queryLimits'
import { fieldRefusal, refusal } from './refusal'

type RouteHandler = (request: Request, context?: unknown) => Promise<Response>

const METHODS_WITH_BODY = new Set(['POST', 'PATCH', 'PUT'])

const mediaType = (request: Request): string =>
  (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()

const isJsonType = (type: string): boolean => type === 'application/json' || type.endsWith('+json')

const parseJsonObject = (
  text: string,
  path: string,
): { value?: Record<string, unknown>; refused?: Response } => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { refused: refusal('The request body is not valid JSON.', 400) }
  }
  if (!isPlainObject(value)) return { refused: fieldRefusal(path, 'must be a JSON object') }
  const problem = inputProblem(value)
  if (problem) return { refused: fieldRefusal(problem.path, problem.message) }
  return { value }
}

/** The body as Payload will read it: JSON, or the admin's multipart form with a `_payload` JSON part. */
const bodyRefusal = async (request: Request): Promise<Response | undefined> => {
  const text = await request.clone().text()
  if (!text.length) return undefined
  const type = mediaType(request)
  if (isJsonType(type)) return parseJsonObject(text, 'body').refused
  if (type === 'multipart/form-data') {
    let form: FormData
    try {
      form = await request.clone().formData()
    } catch {
      return refusal('The multipart body is malformed.', 400)
    }
    const payloadPart = form.get('_payload')
    if (payloadPart === null) return undefined
    if (typeof payloadPart !== 'string')
      return fieldRefusal('_payload', 'must be a JSON text field')
    return parseJsonObject(payloadPart, '_payload').refused
  }
  return refusal('Send the request body as JSON (Content-Type: application/json).', 415)
}

/** Payload's admin reads long queries as a POST with the query string as a form body. */
const isReadOverride = (request: Request): boolean =>
  request.method === 'POST' &&
  (request.headers.get('x-payload-http-method-override') === 'GET' ||
    request.headers.get('x-http-method-override') === 'GET')

const queryParams = async (request: Request): Promise<URLSearchParams> => {
  const params = new URL(request.url).searchParams
  if (isReadOverride(request) && mediaType(request) === 'application/x-www-form-urlencoded') {
    for (const [name, value] of new URLSearchParams(await request.clone().text()))
      params.append(name, value)
  }
  return params
}

const queryRefusal = async (
  request: Request,
  config: Promise<SanitizedConfig>,
): Promise<Response | undefined> => {
  const params = await queryParams(request)
  const problem = paginationProblem(params)
  if (problem) return fieldRefusal(problem.path, problem.message)
  if (!asksForEverything(params)) return undefined
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (isStaffUser(user)) return undefined
  return fieldRefusal(
    'limit',
    'must be between 1 and the page size limit: listing everything at once is for CMS staff',
  )
}

const graphQLRefusal = async (request: Request): Promise<Response | undefined> => {
  if (request.method !== 'POST') return undefined
  const text = await request.clone().text()
  const type = mediaType(request)
  if (!isJsonType(type))
    return refusal('Send GraphQL requests as JSON (Content-Type: application/json).', 415)
  const { value, refused } = parseJsonObject(text, 'body')
  if (refused) return refused
  const problem = graphQLNestingProblem(value?.query)
  return problem ? fieldRefusal('query', problem) : undefined
}

/**
 * Refuses what Payload's handlers would answer with a 500 or a stack-deep recursion: bodies that
 * are not a JSON object, other content types, malformed multipart, hostile nesting, control
 * characters, and list parameters that are not whole numbers. Next's routes and the test server
 * put it in front of the same handlers.
 */
export const guardRestRequest =
  (config: Promise<SanitizedConfig>, handler: RouteHandler): RouteHandler =>
  async (request, context) => {
    const hasBody =
      METHODS_WITH_BODY.has(request.method) &&
      !(isReadOverride(request) && mediaType(request) === 'application/x-www-form-urlencoded')
    const refused =
      (await queryRefusal(request, config)) ?? (hasBody ? await bodyRefusal(request) : undefined)
    return refused ?? handler(request, context)
  }

export const guardGraphQLRequest =
  (handler: RouteHandler): RouteHandler =>
  async (request, context) =>
    (await graphQLRefusal(request)) ?? handler(request, context)
