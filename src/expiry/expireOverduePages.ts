import type { PayloadRequest } from 'payload'

import { settingsOf } from '../config/settings'
import { materializeArticle } from '../delivery/materialize'
import { allOrNothing } from '../scheduling/allOrNothing'
import { whenInWords } from '../shared/whenInWords'
import { withdrawLive } from '../workflow/actions/withdraw'
import { expiredIfDueBefore, expiresAtOf } from './expiry'

type Expired = { id: string; expiresAt: string }

export type ExpiryOutcome = { bannered: number; withdrawn: number; failed: number }

/** The live articles whose review is past due by more than the grace days. */
const expiredArticles = async (req: PayloadRequest, now: Date, graceDays: number) => {
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: {
      and: [
        { _status: { equals: 'published' } },
        { nextReviewDue: { less_than_equal: expiredIfDueBefore(now, graceDays) } },
      ],
    },
    draft: false,
    depth: 0,
    pagination: false,
    select: { nextReviewDue: true },
    overrideAccess: true,
    req,
  })
  return docs.map((doc): Expired => ({
    id: String(doc.id),
    expiresAt: expiresAtOf(doc.nextReviewDue, graceDays) as string,
  }))
}

const saysOverdue = (body: unknown): boolean => {
  try {
    return (JSON.parse(String(body)) as { review?: { overdue?: unknown } }).review?.overdue === true
  } catch {
    return false
  }
}

/** A stored page that does not say it is due for review yet is rendered again (once). */
const showBanner = async (req: PayloadRequest, { id }: Expired): Promise<boolean> => {
  const { docs } = await req.payload.find({
    collection: 'delivered-pages',
    where: { and: [{ article: { equals: id } }, { status: { equals: 200 } }] },
    select: { body: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const stale = docs.some((page) => !saysOverdue(page.body))
  if (stale) await materializeArticle(req, id)
  return stale
}

const withdrawExpired = (req: PayloadRequest, { id, expiresAt }: Expired, graceDays: number) =>
  withdrawLive(
    req,
    'articles',
    id,
    `Expired on ${whenInWords(expiresAt)}: its medical review was due ${graceDays} day(s) earlier and it was not signed off again.`,
    { expired: { expiresAt, policy: 'withdraw' } },
  )

/**
 * Applies EXPIRY_POLICY to every live article past its expiry: `banner` renders its stored page
 * again so readers are told it is due for review; `withdraw` takes it off through the normal
 * withdrawal. Each article in its own transaction; running it again changes nothing.
 */
export const expireOverduePages = async (
  req: PayloadRequest,
  now: Date,
): Promise<ExpiryOutcome> => {
  const { reviewGraceDays, expiryPolicy } = settingsOf(req.payload)
  const outcome: ExpiryOutcome = { bannered: 0, withdrawn: 0, failed: 0 }
  for (const article of await expiredArticles(req, now, reviewGraceDays)) {
    try {
      if (expiryPolicy === 'withdraw') {
        await allOrNothing(req, () => withdrawExpired(req, article, reviewGraceDays), {
          required: false,
        })
        outcome.withdrawn += 1
      } else if (await allOrNothing(req, () => showBanner(req, article), { required: false })) {
        outcome.bannered += 1
      }
    } catch (error) {
      // Withdrawn or re-published meanwhile, or broken: the others still expire.
      req.payload.logger.error({ err: error, msg: `Expiring article ${article.id}` })
      outcome.failed += 1
    }
  }
  return outcome
}
