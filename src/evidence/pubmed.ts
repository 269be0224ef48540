import { z } from 'zod'

import type { EvidenceServices } from '../config/settings'
import type { ResolvedWork } from './resolvedWork'

import { pmidSchema } from '../validation/reference'
import { getJson, InvalidIdentifierError, NOT_FOUND, serviceUrl } from './serviceRequest'

const RETRACTED_PUBLICATION = 'Retracted Publication'

const summarySchema = z.object({
  uid: z.string().optional(),
  error: z.string().optional(),
  title: z.string().optional(),
  fulljournalname: z.string().optional(),
  source: z.string().optional(),
  pubdate: z.string().optional(),
  pubtype: z.array(z.string()).optional(),
})

/** NCBI E-utilities `esummary.fcgi?db=pubmed&retmode=json`: `result` keyed by uid. */
const esummarySchema = z.object({
  result: z.record(z.string(), z.unknown()),
})

/** Resolves a PMID through NCBI E-utilities; PubMed marks retractions by publication type. */
export const resolvePmid = async (
  services: EvidenceServices,
  pmid: string,
): Promise<ResolvedWork | typeof NOT_FOUND> => {
  // Also for a PMID stored before references were validated: digits only, nothing else is sent.
  const valid = pmidSchema.safeParse(pmid)
  if (!valid.success)
    throw new InvalidIdentifierError('NCBI E-utilities', `"${pmid}" is not a PMID`)
  const answer = await getJson(
    'NCBI E-utilities',
    serviceUrl('NCBI E-utilities', services.eutilsUrl, ['esummary.fcgi'], {
      db: 'pubmed',
      id: valid.data,
      retmode: 'json',
      api_key: services.ncbiApiKey,
    }),
    esummarySchema,
  )
  if (answer === NOT_FOUND) return NOT_FOUND
  const summary = summarySchema.safeParse(answer.result[valid.data])
  if (!summary.success || summary.data.error || !summary.data.title) return NOT_FOUND
  const year = Number(summary.data.pubdate?.slice(0, 4))
  const retracted = (summary.data.pubtype ?? []).includes(RETRACTED_PUBLICATION)
  return {
    title: summary.data.title,
    journal: summary.data.fulljournalname ?? summary.data.source ?? null,
    year: Number.isInteger(year) && year > 0 ? year : null,
    retracted,
    retractionNotice: retracted ? `PubMed: ${RETRACTED_PUBLICATION}` : null,
  }
}
