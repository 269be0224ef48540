import type { PayloadRequest } from 'payload'

import type { Release } from '../payload-types'

import { adminDocumentUrl } from '../notifications/adminUrl'
import { tellPeople } from '../notifications/notify'
import { editorsToTell } from '../notifications/recipients'
import { allOrNothing } from '../scheduling/allOrNothing'
import { unmetFromError } from '../workflow/publication/unmet'
import { queueWebhookDeliveries } from '../webhooks/events'
import { recordAudit } from '../workflow/audit'
import { publishRelease } from './publishRelease'
import { writeRelease } from './releaseRecord'

/** Nothing went live: the release says why, and the audit log, webhooks and editors hear it. */
const reportFailure = async (req: PayloadRequest, release: Release, error: unknown) => {
  const unmet = unmetFromError(error)
  const messages = unmet.map((entry) => entry.message)
  const url = adminDocumentUrl(req.payload, 'releases', String(release.id))
  await writeRelease(req, release.id, { state: 'failed', problems: unmet })
  await recordAudit(req, {
    action: 'release-failed',
    collectionSlug: 'releases',
    documentId: String(release.id),
    comment: `The release "${release.title}" did not go ahead at ${release.publishAt}: ${messages.join('; ')}`,
    details: { requirements: messages },
  })
  await queueWebhookDeliveries(req, {
    event: 'publish.failed',
    collection: 'releases',
    id: String(release.id),
    title: release.title,
    adminUrl: url,
    requirements: [...new Set(unmet.map((entry) => entry.requirement))],
    occurredAt: new Date().toISOString(),
  })
  await tellPeople(req, {
    recipients: await editorsToTell(req),
    kind: 'scheduling',
    subject: `[MedReview] Scheduled release did not go ahead: ${release.title}`,
    inbox: {
      subject: 'Scheduled release did not go ahead',
      message: `The release "${release.title}" was due at ${release.publishAt}; nothing was published.`,
      comment: messages.join('\n'),
      document: { collection: 'releases', id: String(release.id) },
    },
    text: [
      `The release "${release.title}" was due at ${release.publishAt}; nothing was published:`,
      ...messages.map((message) => `- ${message}`),
      `\nOpen it in the CMS: ${url}`,
    ].join('\n'),
  })
}

/** A release whose time has come publishes all of its items or none. */
export const runScheduledRelease = async (
  req: PayloadRequest,
  release: Release,
): Promise<'done' | 'failed'> => {
  try {
    await publishRelease(req, String(release.id))
    return 'done'
  } catch (error) {
    await allOrNothing(req, () => reportFailure(req, release, error), { required: false })
    return 'failed'
  }
}
