import type { LookupAddress } from 'node:dns'
import type { LookupFunction } from 'node:net'

import { lookup } from 'node:dns/promises'
import http from 'node:http'
import https from 'node:https'

import type { AllowedHost } from './allowedHosts'

import { isAllowedHost } from './allowedHosts'
import { internalKind, isAddressHost, refusalMessage, targetRefusal } from './webhookTarget'

/** The webhook's target is internal: retrying cannot help, an admin must change the URL. */
export class RefusedTargetError extends Error {
  constructor(reason: string) {
    super(refusalMessage(reason))
    this.name = 'RefusedTargetError'
  }
}

/**
 * Resolves a host name and answers its first address, refusing the name when any of its
 * addresses is internal: a public name can be pointed at 127.0.0.1 after it was saved.
 */
export const resolvePublicAddress = async (hostname: string): Promise<LookupAddress> => {
  const addresses = await lookup(hostname, { all: true, verbatim: true })
  for (const { address } of addresses) {
    const kind = internalKind(address)
    if (kind) throw new RefusedTargetError(`${hostname} resolves to ${address}, ${kind}`)
  }
  if (!addresses.length) throw new Error(`${hostname} has no address`)
  return addresses[0]
}

/**
 * The checked address to connect to; undefined: connect as the URL says (its host is an IP
 * address, already judged, or a host WEBHOOK_ALLOWED_HOSTS lists).
 */
export const checkedAddress = async (
  url: URL,
  allowed: AllowedHost[],
): Promise<LookupAddress | undefined> => {
  const refusal = targetRefusal(url, allowed)
  if (refusal) throw new RefusedTargetError(refusal)
  if (isAllowedHost(url, allowed) || isAddressHost(url)) return undefined
  return resolvePublicAddress(url.hostname)
}

/**
 * Answers every lookup of the connection with the address already checked, so DNS cannot hand
 * the socket another one in between (DNS rebinding). Node asks with `all: true` when it tries
 * IPv4 and IPv6 in turn (autoSelectFamily, the default since Node 20).
 */
const pinnedLookup =
  (pinned: LookupAddress): LookupFunction =>
  (_hostname, options, callback) => {
    if (options.all) (callback as (error: null, addresses: LookupAddress[]) => void)(null, [pinned])
    else callback(null, pinned.address, pinned.family)
  }

export type WebhookPost = {
  url: string
  headers: Record<string, string>
  body: string
  allowed: AllowedHost[]
  timeoutMs: number
}

/**
 * POSTs to a checked target and answers the HTTP status. Redirects are not followed (a
 * receiver could otherwise send the request on to an internal address); a 3xx is a failure.
 */
export const postToWebhook = async ({
  url: target,
  headers,
  body,
  allowed,
  timeoutMs,
}: WebhookPost): Promise<number> => {
  const url = new URL(target)
  const pinned = await checkedAddress(url, allowed)
  const send = url.protocol === 'https:' ? https.request : http.request
  return new Promise<number>((resolve, reject) => {
    const request = send(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        agent: false,
        signal: AbortSignal.timeout(timeoutMs),
        ...(pinned ? { lookup: pinnedLookup(pinned) } : {}),
      },
      (response) => {
        response.resume()
        resolve(response.statusCode ?? 0)
      },
    )
    request.on('error', reject)
    request.end(body)
  })
}
