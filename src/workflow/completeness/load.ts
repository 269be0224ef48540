import type { PayloadRequest } from 'payload'

import type { Completeness } from './schema'

import { findLatest, requireReadableLatest } from '../documents'
import { loadBaseFacts } from '../publication/loadFacts'
import { withRequirementItems } from '../requirements'
import { type ReviewableCollection } from '../states'
import { reviewSubmission } from '../submissionChecks'
import { completenessOf } from './check'

/**
 * The completeness check of a document's latest version, for the signed-in user. The document is
 * read with the user's access first, so nobody learns about what they cannot read; the rest is
 * what the publication would load (its disclaimer, the registered requirements' facts).
 */
export const completenessCheck = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
): Promise<Completeness> => {
  await requireReadableLatest(req, collection, id)
  const doc = await findLatest(req, collection, id)
  const facts = await loadBaseFacts(req, collection, doc, { signature: undefined })
  return {
    collection,
    id: doc.id,
    ...completenessOf({
      collection,
      doc,
      disclaimer: facts.disclaimer,
      requirementItems: withRequirementItems([], facts.requirements),
      // What the submission would find: judged, never stored, from here.
      submissionFindings: (await reviewSubmission(req, { collection, doc })).findings,
    }),
  }
}
