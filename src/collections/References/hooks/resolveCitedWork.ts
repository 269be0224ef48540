import type { CollectionAfterChangeHook } from 'payload'

import type { Reference } from '../../../payload-types'

import {
  checkCitedWork,
  citedWorkIdentifier,
  findCitedWorkCheck,
} from '../../../evidence/citedWorkCheck'

/**
 * Resolves a newly entered DOI or PMID through Crossref or PubMed, so the writer sees the
 * resolved title (and a retraction) on the reference. A service that is down never stops the
 * save: the failure is recorded and the retraction watch asks again.
 */
export const resolveCitedWork: CollectionAfterChangeHook<Reference> = async ({
  doc,
  previousDoc,
  req,
}) => {
  const identifier = citedWorkIdentifier(doc)
  if (!identifier) return doc
  const unchanged = previousDoc && citedWorkIdentifier(previousDoc) === identifier
  if (unchanged || (await findCitedWorkCheck(req, identifier))) return doc
  await checkCitedWork(req, identifier)
  return doc
}
