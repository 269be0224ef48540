import type { Where } from 'payload'

import type { User } from '../payload-types'

type Licence = Pick<User, 'licenceExpiresAt' | 'licenceReverifyBy'>

const dayOf = (date: Date): string => date.toISOString().slice(0, 10)

/**
 * Why this pharmacist's licence does not let them sign now, or undefined when it does: it must be
 * unexpired, and its verification against the register current (re-verified by its date).
 */
export const licenceProblem = (
  user: Licence,
  now: Date,
): { problem: 'expired' | 'reverify'; message: string } | undefined => {
  const expiry = user.licenceExpiresAt ? new Date(user.licenceExpiresAt) : undefined
  if (!expiry || expiry <= now) {
    return {
      problem: 'expired',
      message: `the pharmacist licence expired${expiry ? ` on ${dayOf(expiry)}` : ''}`,
    }
  }
  const reverifyBy = user.licenceReverifyBy ? new Date(user.licenceReverifyBy) : undefined
  if (!reverifyBy || reverifyBy <= now) {
    return {
      problem: 'reverify',
      message: reverifyBy
        ? `the licence was due for re-verification on ${dayOf(reverifyBy)}`
        : 'the licence has not been verified against the register',
    }
  }
  return undefined
}

/** The accounts whose licence lets them sign now, as a query (the same rule as licenceProblem). */
export const licenceLetsSign = (now: Date): Where => ({
  and: [
    { licenceExpiresAt: { greater_than: now.toISOString() } },
    { licenceReverifyBy: { greater_than: now.toISOString() } },
  ],
})
