import type { Payload } from 'payload'

type LockableAccount = { id: number | string; lockUntil?: null | string }

export const isLocked = (account: Pick<LockableAccount, 'lockUntil'>): boolean =>
  Boolean(account.lockUntil && new Date(account.lockUntil).getTime() > Date.now())

/**
 * Counts one failed password check with an atomic increment in the database and locks the account
 * once the count reaches the limit. Payload's own counter writes the whole account back after
 * parallel failures, which could leave it unlocked (8 parallel bad logins left 4 attempts and no
 * lock); this one never writes a count or a lock it did not read from the increment. Runs outside
 * the request's transaction so parallel requests see each other's counts.
 */
export const countFailedLogin = async (payload: Payload, account: LockableAccount): Promise<void> => {
  const { maxLoginAttempts, lockTime } = payload.collections.users.config.auth
  if (!maxLoginAttempts) return
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
  if ((counted?.loginAttempts ?? 0) < maxLoginAttempts) return
  await payload.db.updateOne({
    collection: 'users',
    id: account.id,
    data: { lockUntil: new Date(Date.now() + lockTime).toISOString() },
    returning: false,
  })
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
