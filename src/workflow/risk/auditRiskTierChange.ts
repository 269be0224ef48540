import type { FieldHook } from 'payload'

import { recordAudit } from '../audit'

/**
 * Lowering the tier takes the second signature away (and raising it asks for one): every change
 * is audited, with who and from what to what.
 */
export const auditRiskTierChange: FieldHook = async ({
  collection,
  operation,
  originalDoc,
  previousValue,
  req,
  value,
}) => {
  if (operation !== 'update' || !collection || !originalDoc?.id) return value
  const before = previousValue ?? 'standard'
  if (value === undefined || value === before) return value
  await recordAudit(req, {
    action: 'risk-tier-changed',
    collectionSlug: collection.slug,
    documentId: String(originalDoc.id),
    comment: `Risk tier changed from ${before} to ${value}.`,
    details: { from: before, to: value },
  })
  return value
}
