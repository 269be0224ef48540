import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { SanitizedConfig } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { createServer } from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { getPayload, handleEndpoints } from 'payload'

import { siteWideHeaders } from '../src/config/siteWideHeaders'
import { fromNodeRequest, writeNodeAnswer } from '../src/delivery/serve/nodeDelivery'
import { deliveryResponder } from '../src/delivery/serve/deliveryAnswer'
import { headAsGet } from '../src/http/headAsGet'
import { guardGraphQLRequest, guardRestRequest } from '../src/http/requestGuard'

const readBody = async (req: IncomingMessage): Promise<Blob | undefined> => {
  const chunks: Uint8Array<ArrayBuffer>[] = []
  for await (const chunk of req) chunks.push(chunk as Uint8Array<ArrayBuffer>)
  return chunks.length ? new Blob(chunks) : undefined
}

const toWebRequest = async (req: IncomingMessage): Promise<Request> => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item))
    else if (value !== undefined) headers.set(name, value)
  }
  const method = req.method ?? 'GET'
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req)
  return new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
    body,
    headers,
    method,
  })
}

/** What a test sees of each answer (the secrets and OpenAPI checks read it). */
export type SentAnswer = { request: Request; response: Response; body: string }

const sendWebResponse = async (
  request: Request,
  response: Response,
  res: ServerResponse,
  onAnswer?: (answer: SentAnswer) => void,
): Promise<void> => {
  const headers: Record<string, string | string[]> = {}
  // As next.config.mjs and src/proxy.ts give every answer under `npm start`.
  for (const [key, value] of Object.entries(siteWideHeaders())) headers[key.toLowerCase()] = value
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) headers['set-cookie'] = cookies
  res.writeHead(response.status, headers)
  const body = Buffer.from(await response.arrayBuffer())
  onAnswer?.({ request, response, body: body.toString('utf8') })
  res.end(body)
}

const decoded = (body: Uint8Array | undefined, encoding: string | undefined): string => {
  if (!body) return ''
  const bytes =
    encoding === 'gzip' ? gunzipSync(body) : encoding === 'br' ? brotliDecompressSync(body) : body
  return Buffer.from(bytes).toString('utf8')
}

/**
 * A plain node:http server in front of the same handlers Next.js mounts at /api/[...slug] and
 * /api/graphql, behind the same request guard, and of the delivery API that `npm start` answers
 * before Next (src/delivery/serve), so supertest drives the code a deployed CMS runs.
 */
export const createPayloadHttpServer = (
  config: Promise<SanitizedConfig>,
  onAnswer?: (answer: SentAnswer) => void,
): Server => {
  const graphqlPost = guardGraphQLRequest(GRAPHQL_POST(config))
  const restGet = guardRestRequest(config, (request) => handleEndpoints({ config, request }))
  const rest = async (request: Request) =>
    request.method === 'HEAD' ? headAsGet(restGet)(request) : restGet(request)
  const delivery = deliveryResponder(() => getPayload({ config }))
  return createServer(async (req, res) => {
    try {
      const answer = await delivery.answer(fromNodeRequest(req))
      if (answer) {
        writeNodeAnswer(res, answer)
        onAnswer?.({
          request: new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
            method: req.method,
          }),
          response: new Response(null, { status: answer.status, headers: answer.headers }),
          body: decoded(answer.body, answer.headers['Content-Encoding']),
        })
        return
      }
      const request = await toWebRequest(req)
      const { pathname } = new URL(request.url)
      const response =
        pathname === '/api/graphql' && request.method === 'POST'
          ? await graphqlPost(request)
          : await rest(request)
      await sendWebResponse(request, response, res, onAnswer)
    } catch (error) {
      console.error('Unhandled error in the test HTTP adapter', error)
      res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ errors: [{ message: 'Something went wrong.' }] }))
    }
  })
}
