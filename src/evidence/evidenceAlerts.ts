import type { PayloadRequest } from 'payload'

import { type FlaggedDocument, markForReReview } from '../reviewRequests/requestReReview'
import { type ReviewableCollection } from '../workflow/states'

export const EVIDENCE_ALERT_KINDS = ['retraction', 'label'] as const
export type EvidenceAlertKind = (typeof EVIDENCE_ALERT_KINDS)[number]

export type EvidenceAlert = {
  kind: EvidenceAlertKind
  /** One change of evidence: a document is flagged for it once, whatever how often the watch runs. */
  key: string
  reason: string
}

const alreadyRaised = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  documentId: string,
  key: string,
): Promise<boolean> => {
  const { totalDocs } = await req.payload.count({
    collection: 'evidence-alerts',
    where: {
      and: [
        { key: { equals: key } },
        { collectionSlug: { equals: collection } },
        { documentId: { equals: documentId } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * Marks a published document for re-review because its evidence changed (audited, `review.required`
 * webhook), unless this change already flagged it. Returns the flagged document, if flagged now.
 */
export const raiseEvidenceAlert = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: { id: number | string; slug?: unknown },
  alert: EvidenceAlert,
): Promise<FlaggedDocument | undefined> => {
  const documentId = String(doc.id)
  if (await alreadyRaised(req, collection, documentId, alert.key)) return undefined
  try {
    await req.payload.create({
      collection: 'evidence-alerts',
      data: {
        ...alert,
        collectionSlug: collection,
        documentId,
        raisedAt: new Date().toISOString(),
      },
      overrideAccess: true,
      req,
    })
  } catch (error) {
    // Another run raised it between our check and our write (the unique index refused ours).
    if (await alreadyRaised(req, collection, documentId, alert.key)) return undefined
    throw error
  }
  return markForReReview(req, collection, doc, alert.reason, {
    trigger: alert.kind,
    key: alert.key,
  })
}
