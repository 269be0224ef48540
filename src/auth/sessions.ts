import type { Payload, PayloadRequest } from 'payload'

type Session = { id: string; createdAt?: null | string; expiresAt: string }

/**
 * Ends the account's sessions: every JWT it signed in with stops working at once, since Payload's
 * JWT strategy accepts a token only while its `sid` is in the account's `sessions` (auth
 * `useSessions`, on by default). `keep` is the caller's own session when they changed their own
 * account; API keys are not sessions and keep working.
 */
export const endSessions = async (
  payload: Payload,
  accountId: number | string,
  { keep, req }: { keep?: string; req?: PayloadRequest } = {},
): Promise<void> => {
  const account = (await payload.db.findOne({
    collection: 'users',
    where: { id: { equals: accountId } },
    req,
  })) as { sessions?: Session[] | null } | null
  if (!account?.sessions?.length) return
  const sessions = keep ? account.sessions.filter((session) => session.id === keep) : []
  if (sessions.length === account.sessions.length) return
  await payload.db.updateOne({
    collection: 'users',
    id: accountId,
    data: { sessions },
    req,
    returning: false,
  })
}

/** The session the request came with, when it is a signed-in user's JWT. */
export const sessionOf = (req: PayloadRequest): string | undefined =>
  (req.user as { _sid?: string } | null)?._sid
