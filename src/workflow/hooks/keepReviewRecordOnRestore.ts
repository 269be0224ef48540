import type { CollectionBeforeChangeHook } from 'payload'

import { workflowFields } from '../fields'
import { isRestoringVersion } from '../../shared/requestContext'

/** The fields that record the document's review, which only the workflow writes. */
export const REVIEW_RECORD_FIELDS = workflowFields().flatMap((field) =>
  'name' in field ? [field.name] : [],
)

/**
 * Restoring a version brings back its content, not its review record: Payload's restore drops the
 * fields clients may not write (leaving them empty) or, with access control off, brings back the
 * old version's. Either way the record continues from the current document; the hooks after this
 * one then void the sign-off and count the restorer as a contributor if the content changed.
 */
export const keepReviewRecordOnRestore: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !isRestoringVersion(req) || !originalDoc) return data
  const record = Object.fromEntries(
    REVIEW_RECORD_FIELDS.map((field) => [field, originalDoc[field] ?? null]),
  )
  return { ...data, ...record }
}
