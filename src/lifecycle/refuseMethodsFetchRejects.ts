import { type IncomingMessage, Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'

import { allowedMethods, methodNotAllowedMessage } from '../config/routeMethods'
import { siteWideHeaders } from '../config/siteWideHeaders'

/**
 * Methods Node's parser hands to `request` listeners but the WHATWG `Request` that Next builds
 * refuses to carry (CONNECT goes to the `connect` event, TRACK and unknown names are a parser 400).
 */
const FORBIDDEN_FETCH_METHODS = new Set(['TRACE'])

const PATCHED = Symbol.for('medreview.refuseMethodsFetchRejects')

const refuse = (req: IncomingMessage, res: ServerResponse): void => {
  const allowed = allowedMethods((req.url ?? '/').split('?')[0])
  const body = JSON.stringify({
    errors: [{ message: methodNotAllowedMessage(req.method!, allowed) }],
  })
  res.writeHead(405, {
    ...siteWideHeaders(),
    Allow: allowed.join(', '),
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  })
  res.end(body)
}

/** Node's own answer to a method its parser does not know is an empty 400; this one says why. */
const refuseUnknownMethod = (socket: Socket): void => {
  const body = JSON.stringify({
    errors: [{ message: 'The request method is not an HTTP method.' }],
  })
  const lines = Object.entries({
    ...siteWideHeaders(),
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
  }).map(([name, value]) => `${name}: ${value}`)
  socket.end(`HTTP/1.1 400 Bad Request\r\n${lines.join('\r\n')}\r\n\r\n${body}`)
}

/**
 * `next start` turns every request into a WHATWG `Request` before the proxy or any route sees it,
 * and that constructor throws for TRACE: Next answered a plain-text 500 and
 * logged a stack for each. Node's HTTP server is the only place in front of that, so its
 * `request` event answers them with a JSON 405 first, and its `clientError` event a method name
 * Node does not know with a JSON 400 (called once from src/instrumentation.ts).
 */
export const refuseMethodsFetchRejects = (): void => {
  const prototype = Server.prototype as Server & { [PATCHED]?: true }
  if (prototype[PATCHED]) return
  prototype[PATCHED] = true
  const emit = prototype.emit
  prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'clientError') {
      const [error, socket] = args as [NodeJS.ErrnoException, Socket]
      if (error.code === 'HPE_INVALID_METHOD' && socket.writable) {
        refuseUnknownMethod(socket)
        return true
      }
    }
    if (event === 'request') {
      const [req, res] = args as [IncomingMessage, ServerResponse]
      if (FORBIDDEN_FETCH_METHODS.has(req.method ?? '')) {
        refuse(req, res)
        return true
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>)
  } as typeof emit
}
