import type { Payload } from 'payload'

import { tellOwnerAccountLocked } from '../notifications/accountLocked'
import { endSessions } from './sessions'

type LockableAccount = { id: number | string; lockUntil?: null | string }

export const isLocked = (account: Pick<LockableAccount, 'lockUntil'>): boolean =>
  Boolean(account.lockUntil && new Date(account.lockUntil).getTime() > Date.now())

const countingFor = new Map<string, Promise<void>>()

/**
 * Runs `count` after any count for the same account in this process. The database increment is
 * atomic on MongoDB and SQLite across processes; FerretDB's SQLite backend (which CI tests the
 * MongoDB path on) loses parallel increments, and one process counting one at a time costs nothing.
 */
const oneAtATime = async (key: string, count: () => Promise<void>): Promise<void> => {
  const previous = countingFor.get(key) ?? Promise.resolve()
  const current = previous.then(count, count)
  countingFor.set(key, current)
  try {
    await current
  } finally {
    if (countingFor.get(key) === current) countingFor.delete(key)
  }
}

/**
 * Counts one failed password check with an atomic increment in the database and locks the account
 * once the count reaches the limit. Payload's own counter writes the whole account back after
 * parallel failures, which could leave it unlocked (8 parallel bad logins left 4 attempts and no
 * lock); this one never writes a count or a lock it did not read from the increment. Runs outside
 * the request's transaction so parallel requests see each other's counts.
 */
export const countFailedLogin = (payload: Payload, account: LockableAccount): Promise<void> =>
  oneAtATime(String(account.id), () => incrementAndLock(payload, account.id))

const incrementAndLock = async (payload: Payload, id: number | string): Promise<void> => {
  const { maxLoginAttempts, lockTime } = payload.collections.users.config.auth
  const account = await findAccountById(payload, id)
  if (!maxLoginAttempts || !account) return
  // An expired lock starts the count again.
  if (account.lockUntil && !isLocked(account)) {
    await payload.db.updateOne({
      collection: 'users',
      id: account.id,
      data: { loginAttempts: 0, lockUntil: null },
      returning: false,
    })
  }
  const counted = (await payload.db.updateOne({
    collection: 'users',
    id: account.id,
    data: { loginAttempts: { $inc: 1 } },
    select: { loginAttempts: true },
  })) as { loginAttempts?: number } | null
  const attempts = counted?.loginAttempts ?? 0
  if (attempts < maxLoginAttempts) return
  const lockedUntil = new Date(Date.now() + lockTime)
  await payload.db.updateOne({
    collection: 'users',
    id: account.id,
    data: { lockUntil: lockedUntil.toISOString() },
    returning: false,
  })
  // Someone who guessed the password (or holds a stolen token) must not stay signed in.
  await endSessions(payload, account.id)
  // Parallel failures past the limit extend the lock; the owner hears about it once.
  if (attempts === maxLoginAttempts) await tellOwnerAccountLocked(payload, account, lockedUntil)
}

/** The account as stored, with its password hash, read outside any transaction. */
export const findAccountByEmail = async (payload: Payload, email: string) =>
  (await payload.db.findOne({
    collection: 'users',
    where: { email: { equals: email.toLowerCase().trim() } },
  })) as (LockableAccount & { hash?: string; salt?: string; email: string }) | null

export const findAccountById = async (payload: Payload, id: number | string) =>
  (await payload.db.findOne({
    collection: 'users',
    where: { id: { equals: id } },
  })) as (LockableAccount & { hash?: string; salt?: string; email: string }) | null
