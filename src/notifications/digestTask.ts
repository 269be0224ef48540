import type { PayloadRequest, TaskConfig } from 'payload'

import type { User } from '../payload-types'

import { describeIn } from '../shared/describe'
import { relationId } from '../shared/relations'
import { queueFor } from '../workflow/queues'
import { settingsOf } from '../config/settings'
import { REVIEWABLE_COLLECTIONS } from '../workflow/states'
import { personName } from '../workflow/assignment'
import { adminDocumentUrl } from './adminUrl'
import { type EmailPreferences, wantsEmail } from './kinds'
import { NOTIFICATION_QUEUE, queueEmail } from './sendEmailTask'

type DigestLine = { line: string; assignee?: string }

const overdueReviews = async (req: PayloadRequest, now: Date): Promise<DigestLine[]> => {
  const queue = queueFor('overdue')
  const lines: DigestLine[] = []
  for (const collection of REVIEWABLE_COLLECTIONS) {
    const { docs } = await req.payload.find({
      collection,
      where: queue.where(null, now, settingsOf(req.payload)),
      draft: queue.draft,
      depth: 0,
      pagination: false,
      sort: 'nextReviewDue',
      req,
    })
    for (const doc of docs) {
      lines.push({
        line: `- Review overdue since ${String(doc.nextReviewDue).slice(0, 10)}: "${describeIn(req, collection, doc)}" ${adminDocumentUrl(req.payload, collection, String(doc.id))}`,
      })
    }
  }
  return lines
}

const pastDueAssignments = async (req: PayloadRequest, now: Date): Promise<DigestLine[]> => {
  const lines: DigestLine[] = []
  for (const collection of REVIEWABLE_COLLECTIONS) {
    const { docs } = await req.payload.find({
      collection,
      where: {
        and: [
          { workflowState: { in: ['in_review', 'changes_requested'] } },
          { dueAt: { less_than: now.toISOString() } },
        ],
      },
      draft: true,
      depth: 0,
      pagination: false,
      sort: 'dueAt',
      req,
    })
    for (const doc of docs) {
      lines.push({
        assignee: relationId(doc.assignee),
        line: `- Assignment past due since ${String(doc.dueAt).slice(0, 10)}: "${describeIn(req, collection, doc)}" ${adminDocumentUrl(req.payload, collection, String(doc.id))}`,
      })
    }
  }
  return lines
}

const REVERIFY_WARNING_MS = 30 * 24 * 3600 * 1000

/** For admins: pharmacists whose licence verification is missing, past or due within 30 days. */
const licenceReverifications = async (req: PayloadRequest, now: Date): Promise<DigestLine[]> => {
  const soon = new Date(now.getTime() + REVERIFY_WARNING_MS).toISOString()
  const { docs } = await req.payload.find({
    collection: 'users',
    where: {
      and: [
        { role: { equals: 'reviewer' } },
        {
          or: [
            { licenceReverifyBy: { exists: false } },
            { licenceReverifyBy: { less_than: soon } },
          ],
        },
      ],
    },
    depth: 0,
    pagination: false,
    sort: 'licenceReverifyBy',
    req,
  })
  return (docs as User[]).map((reviewer) => {
    const who = `${personName(reviewer)} ${adminDocumentUrl(req.payload, 'users', String(reviewer.id))}`
    if (!reviewer.licenceReverifyBy)
      return { line: `- Licence never verified against the register: ${who}` }
    const by = String(reviewer.licenceReverifyBy).slice(0, 10)
    return new Date(reviewer.licenceReverifyBy) <= now
      ? { line: `- Licence re-verification missed on ${by} (cannot sign): ${who}` }
      : { line: `- Licence re-verification due by ${by}: ${who}` }
  })
}

/**
 * Once a day: each editor gets every overdue review and past-due assignment, each assignee their
 * own past-due assignments, each admin the licences to verify again; nobody gets an empty digest or
 * one they switched off.
 */
export const reviewDigestTask: TaskConfig<{ input: object; output: { emails: number } }> = {
  slug: 'reviewDigest',
  schedule: [{ cron: '0 0 7 * * *', queue: NOTIFICATION_QUEUE }],
  handler: async ({ req }) => {
    const now = new Date()
    const overdue = await overdueReviews(req, now)
    const assignments = await pastDueAssignments(req, now)
    const licences = await licenceReverifications(req, now)
    const { docs: people } = await req.payload.find({
      collection: 'users',
      where: { role: { in: ['editor', 'reviewer', 'admin'] } },
      depth: 0,
      pagination: false,
      req,
    })
    let emails = 0
    for (const person of people as User[]) {
      const preferences = person.emailNotifications as EmailPreferences | undefined
      if (!wantsEmail(preferences, 'digest')) continue
      const lines =
        person.role === 'editor'
          ? [...assignments, ...overdue]
          : person.role === 'admin'
            ? licences
            : assignments.filter((item) => item.assignee === String(person.id))
      if (!lines.length) continue
      await queueEmail(req, {
        to: person.email,
        subject: `[MedReview] Daily review digest: ${lines.length} item(s) need attention`,
        text: [
          `Good morning${person.fullName ? `, ${person.fullName}` : ''}.`,
          '',
          ...lines.map((item) => item.line),
          '',
          'You can switch this digest off in your account settings.',
        ].join('\n'),
      })
      emails += 1
    }
    return { output: { emails } }
  },
}
