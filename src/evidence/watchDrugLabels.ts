import type { PayloadRequest } from 'payload'

import type { Drug } from '../payload-types'
import type { LabelVersion } from './dailyMed'
import type { WatchOutcome } from './watchRetractions'

import { settingsOf } from '../config/settings'
import { ABOUT_A_DRUG, publishedAbout } from '../reviewRequests/requestReReview'
import { relationId } from '../shared/relations'
import { signatureById } from '../workflow/signatures'
import { latestLabelVersion } from './dailyMed'
import { raiseEvidenceAlert } from './evidenceAlerts'
import { NOT_FOUND, ServiceUnavailableError } from './serviceRequest'

const labelledDrugs = async (req: PayloadRequest): Promise<Drug[]> => {
  const { docs } = await req.payload.find({
    collection: 'drugs',
    where: { dailyMedSetId: { exists: true } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.filter((drug) => drug.dailyMedSetId?.trim())
}

const publishedAfter = (label: LabelVersion, signedAt: string): boolean => {
  const published = label.publishedDate ? Date.parse(label.publishedDate) : NaN
  return Number.isFinite(published) && published > Date.parse(signedAt)
}

/**
 * The reason a document signed against an older label needs re-review, or undefined when its
 * last signature saw this label version (or a newer one). Without a recorded version (DailyMed
 * was down at signing, or the set id was added since) the label's date decides.
 */
const labelChange = async (
  req: PayloadRequest,
  drug: Drug,
  doc: { lastSignature?: unknown },
  latest: LabelVersion,
): Promise<string | undefined> => {
  const signatureId = relationId(doc.lastSignature)
  const signature = signatureId ? await signatureById(req, signatureId) : undefined
  if (!signature) return undefined
  const seen = signature.labelVersions?.find((entry) => relationId(entry.drug) === String(drug.id))
  const recorded = typeof seen?.version === 'number' ? seen.version : undefined
  const newer =
    recorded !== undefined ? latest.version > recorded : publishedAfter(latest, signature.signedAt)
  if (!newer) return undefined
  const date = latest.publishedDate ? ` (${latest.publishedDate})` : ''
  return `label updated: version ${recorded ?? 'unknown at signing'} → ${latest.version}${date}, ${drug.name}`
}

/**
 * Reads each drug's DailyMed label history; every published document whose last signature saw an
 * older version of the label is marked for re-review, once per label version.
 */
export const watchDrugLabels = async (req: PayloadRequest): Promise<WatchOutcome> => {
  const services = settingsOf(req.payload).evidenceServices
  const outcome: WatchOutcome = { checked: 0, flagged: [], failures: [] }
  for (const drug of await labelledDrugs(req)) {
    const setId = drug.dailyMedSetId!.trim()
    let latest: LabelVersion | typeof NOT_FOUND
    try {
      latest = await latestLabelVersion(services, setId)
    } catch (error) {
      if (!(error instanceof ServiceUnavailableError)) throw error
      outcome.failures.push(`${drug.name} (${setId}): ${error.message}`)
      continue
    }
    outcome.checked++
    if (latest === NOT_FOUND) continue
    for (const collection of ABOUT_A_DRUG) {
      for (const doc of await publishedAbout(req, collection, String(drug.id))) {
        const reason = await labelChange(req, drug, doc, latest)
        if (!reason) continue
        const flagged = await raiseEvidenceAlert(req, collection, doc, {
          kind: 'label',
          key: `label:${drug.id}:${latest.version}`,
          reason,
        })
        if (flagged) outcome.flagged.push(flagged)
      }
    }
  }
  return outcome
}
