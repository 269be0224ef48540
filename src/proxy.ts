import { type NextRequest, NextResponse } from 'next/server'

import {
  allowedMethods,
  MALFORMED_ADDRESS_MESSAGE,
  methodNotAllowedMessage,
} from './config/routeMethods'
import { securityHeaders, strictTransportSecurity } from './config/securityHeaders.mjs'

const isWellEncoded = (pathname: string): boolean => {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

const withRuntimeHeaders = (response: NextResponse): NextResponse => {
  const hsts = strictTransportSecurity(process.env.SERVER_URL?.trim())
  if (hsts) response.headers.set('Strict-Transport-Security', hsts)
  return response
}

/** A refusal in Payload's shape, with the security headers next.config.mjs gives the rest. */
const refuse = (status: number, message: string, headers: Record<string, string> = {}) => {
  const response = NextResponse.json({ errors: [{ message }] }, { status, headers })
  for (const { key, value } of securityHeaders()) response.headers.set(key, value)
  return withRuntimeHeaders(response)
}

/**
 * Refuses, before Next routes the request, what Next itself would answer with a plain-text 500
 * (a malformed %-escape in the path) or an empty 405 without `Allow` (a method the route does not
 * export). TRACE never gets here: see src/lifecycle/refuseMethodsFetchRejects.ts. Also adds HSTS, which depends on SERVER_URL at run
 * time (next.config.mjs headers are fixed at build time).
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl
  if (!isWellEncoded(pathname)) return refuse(400, MALFORMED_ADDRESS_MESSAGE)
  const methods = allowedMethods(pathname)
  if (!methods.includes(request.method))
    return refuse(405, methodNotAllowedMessage(request.method, methods), {
      Allow: methods.join(', '),
    })
  return withRuntimeHeaders(NextResponse.next())
}
