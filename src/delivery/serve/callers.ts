import type { Payload } from 'payload'

import { createHash } from 'node:crypto'

import { isConsumer, isStaffUser, userHasRole } from '../../access/roles'
import { settingsOf } from '../../config/settings'
import { sendsBadCredential, sendsCredential } from '../../http/credentials'

const CALLER_CACHE_MS = 10_000
const MAX_CALLERS = 10_000

/** What the delivery API makes of a caller's Authorization header. */
export type Caller = {
  mayRead: boolean
  signedIn: boolean
  badCredential?: boolean
  /** A key a CDN may hold (EDGE_CACHE_ROLES): its answers may be kept in shared caches. */
  edgeCacheable?: boolean
}

type Remembered = Caller & { expiresAt: number }

/**
 * Who an Authorization header belongs to, checked by Payload's own auth (JWT or consumer API
 * key) and remembered briefly by the header's hash, so a site's key is not re-checked per request.
 */
export const callerResolver = () => {
  const callers = new Map<string, Remembered>()
  return async (payload: Payload, authorization: string | undefined): Promise<Caller> => {
    const headers = new Headers(authorization ? { authorization } : {})
    if (!authorization || !sendsCredential(headers))
      return { mayRead: settingsOf(payload).publicApi, signedIn: false }
    const key = createHash('sha256').update(authorization).digest('base64url')
    const known = callers.get(key)
    if (known && known.expiresAt > Date.now()) return known
    const { user } = await payload.auth({ headers })
    const caller: Remembered = {
      mayRead: Boolean(user) && (isStaffUser(user) || isConsumer(user)),
      signedIn: Boolean(user),
      badCredential: sendsBadCredential(headers, user),
      edgeCacheable: Boolean(user) && userHasRole(user, ...settingsOf(payload).edgeCacheRoles),
      expiresAt: Date.now() + CALLER_CACHE_MS,
    }
    if (callers.size >= MAX_CALLERS) callers.clear()
    callers.set(key, caller)
    return caller
  }
}
