import type { PayloadRequest } from 'payload'

import { type FlaggedDocument, publishedWhere } from '../reviewRequests/requestReReview'

import { checkCitedWork, citedWorkIdentifier } from './citedWorkCheck'
import { raiseEvidenceAlert } from './evidenceAlerts'

export type WatchOutcome = { checked: number; flagged: FlaggedDocument[]; failures: string[] }

/** Published references with a DOI or PMID, by the cited work's identifier. */
const publishedCitedWorks = async (req: PayloadRequest) => {
  const docs = await publishedWhere(req, 'references', {
    or: [{ doi: { exists: true } }, { pmid: { exists: true } }],
  })
  const works = new Map<string, { ids: string[]; title: string }>()
  for (const reference of docs) {
    const identifier = citedWorkIdentifier(reference)
    if (!identifier) continue
    const work = works.get(identifier) ?? { ids: [], title: reference.title }
    work.ids.push(String(reference.id))
    works.set(identifier, work)
  }
  return works
}

const publishedArticlesCiting = (req: PayloadRequest, referenceIds: string[]) =>
  publishedWhere(req, 'articles', { references: { in: referenceIds } })

/**
 * Re-checks every cited work of published content with Crossref or PubMed; a retracted one
 * marks each published article citing it for re-review, once per article. A work the service
 * could not answer for keeps its last answer and is listed in `failures`.
 */
export const watchRetractions = async (req: PayloadRequest): Promise<WatchOutcome> => {
  const outcome: WatchOutcome = { checked: 0, flagged: [], failures: [] }
  for (const [identifier, work] of await publishedCitedWorks(req)) {
    const { check, failed } = await checkCitedWork(req, identifier)
    if (failed) {
      outcome.failures.push(`${identifier}: ${check.lastError}`)
      continue
    }
    outcome.checked++
    if (!check.retracted) continue
    for (const article of await publishedArticlesCiting(req, work.ids)) {
      const flagged = await raiseEvidenceAlert(req, 'articles', article, {
        kind: 'retraction',
        key: `retraction:${identifier}`,
        reason: `cited reference retracted: "${work.title}" (${identifier})`,
      })
      if (flagged) outcome.flagged.push(flagged)
    }
  }
  return outcome
}
