import type { PayloadRequest } from 'payload'

import type { Signature } from '../payload-types'

import { settingsOf } from '../config/settings'
import { relationIds } from '../shared/relations'
import { latestLabelVersion } from './dailyMed'
import { NOT_FOUND, ServiceUnavailableError } from './serviceRequest'

export type LabelVersionSeen = NonNullable<Signature['labelVersions']>[number]

/**
 * The DailyMed label version of each drug the document is about, as a signature records it. A
 * label DailyMed cannot tell us about now is recorded without a version (and why), so signing
 * never waits on DailyMed; the label watch then compares by date.
 */
export const labelVersionsAtSigning = async (
  req: PayloadRequest,
  doc: { drugs?: unknown },
): Promise<LabelVersionSeen[]> => {
  const drugIds = relationIds(doc.drugs)
  if (!drugIds.length) return []
  const { docs: drugs } = await req.payload.find({
    collection: 'drugs',
    where: { and: [{ id: { in: drugIds } }, { dailyMedSetId: { exists: true } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const services = settingsOf(req.payload).evidenceServices
  const seen: LabelVersionSeen[] = []
  for (const drug of drugs) {
    const setId = drug.dailyMedSetId?.trim()
    if (!setId) continue
    try {
      const latest = await latestLabelVersion(services, setId)
      seen.push(
        latest === NOT_FOUND
          ? {
              drug: drug.id,
              setId,
              version: null,
              publishedDate: null,
              problem: 'DailyMed does not know this set id',
            }
          : {
              drug: drug.id,
              setId,
              version: latest.version,
              publishedDate: latest.publishedDate,
              problem: null,
            },
      )
    } catch (error) {
      if (!(error instanceof ServiceUnavailableError)) throw error
      seen.push({
        drug: drug.id,
        setId,
        version: null,
        publishedDate: null,
        problem: error.message,
      })
    }
  }
  return seen
}
