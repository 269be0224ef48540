import { z } from 'zod'

import type { EvidenceServices } from '../config/settings'

import { dailyMedSetIdSchema } from '../drugs/dailyMedSetId'
import { getJson, InvalidIdentifierError, NOT_FOUND, serviceUrl } from './serviceRequest'

export type LabelVersion = { version: number; publishedDate: string | null }

const versionSchema = z.object({
  spl_version: z.coerce.number().int(),
  published_date: z.string().nullable().optional(),
})

/** DailyMed v2 `GET /services/v2/spls/{setid}/history.json`: the label's versions. */
const historySchema = z.object({
  data: z.object({ history: z.array(versionSchema) }),
})

/**
 * The newest version of a drug label, or NOT_FOUND for an unknown set id. A set id that is not a
 * UUID throws InvalidIdentifierError without asking.
 */
export const latestLabelVersion = async (
  services: EvidenceServices,
  setId: string,
): Promise<LabelVersion | typeof NOT_FOUND> => {
  // Also for a set id stored before the field was validated.
  const valid = dailyMedSetIdSchema.safeParse(setId)
  if (!valid.success) {
    throw new InvalidIdentifierError('DailyMed', `"${setId}" is not a DailyMed set id (a UUID)`)
  }
  const answer = await getJson(
    'DailyMed',
    serviceUrl('DailyMed', services.dailyMedUrl, [
      'services',
      'v2',
      'spls',
      valid.data,
      'history.json',
    ]),
    historySchema,
  )
  if (answer === NOT_FOUND || !answer.data.history.length) return NOT_FOUND
  const newest = answer.data.history.reduce((a, b) => (b.spl_version > a.spl_version ? b : a))
  return { version: newest.spl_version, publishedDate: newest.published_date ?? null }
}
