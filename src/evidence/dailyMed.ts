import { z } from 'zod'

import type { EvidenceServices } from '../config/settings'

import { getJson, NOT_FOUND } from './serviceRequest'

export type LabelVersion = { version: number; publishedDate: string | null }

const versionSchema = z.object({
  spl_version: z.coerce.number().int(),
  published_date: z.string().nullable().optional(),
})

/** DailyMed v2 `GET /services/v2/spls/{setid}/history.json`: the label's versions. */
const historySchema = z.object({
  data: z.object({ history: z.array(versionSchema) }),
})

/** The newest version of a drug label, or NOT_FOUND for an unknown set id. */
export const latestLabelVersion = async (
  services: EvidenceServices,
  setId: string,
): Promise<LabelVersion | typeof NOT_FOUND> => {
  const answer = await getJson(
    'DailyMed',
    `${services.dailyMedUrl}/services/v2/spls/${encodeURIComponent(setId)}/history.json`,
    historySchema,
  )
  if (answer === NOT_FOUND || !answer.data.history.length) return NOT_FOUND
  const newest = answer.data.history.reduce((a, b) => (b.spl_version > a.spl_version ? b : a))
  return { version: newest.spl_version, publishedDate: newest.published_date ?? null }
}
