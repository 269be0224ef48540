import { z } from 'zod'

import type { EvidenceServices } from '../config/settings'
import type { ResolvedWork } from './resolvedWork'

import { doiSchema } from '../validation/reference'
import { getJson, InvalidIdentifierError, NOT_FOUND, serviceUrl } from './serviceRequest'

const updateSchema = z.object({ type: z.string(), DOI: z.string().optional() })

/** The part of Crossref's `GET /works/{doi}` answer we read. */
const workSchema = z.object({
  status: z.literal('ok'),
  message: z.object({
    DOI: z.string(),
    title: z.array(z.string()).optional(),
    'container-title': z.array(z.string()).optional(),
    issued: z.object({ 'date-parts': z.array(z.array(z.number().nullable())) }).optional(),
    'update-to': z.array(updateSchema).optional(),
    'updated-by': z.array(updateSchema).optional(),
  }),
})

const isRetraction = (update: z.infer<typeof updateSchema>) =>
  update.type.toLowerCase() === 'retraction'

/**
 * Resolves a DOI through Crossref. Crossref records a retraction as an update of type
 * `retraction`: `updated-by` on the retracted work, `update-to` on a notice deposited in its place.
 */
export const resolveDoi = async (
  services: EvidenceServices,
  doi: string,
): Promise<ResolvedWork | typeof NOT_FOUND> => {
  // Also for a DOI stored before references were validated. The DOI is one segment: its `/` is encoded.
  const valid = doiSchema.safeParse(doi)
  if (!valid.success) throw new InvalidIdentifierError('Crossref', `"${doi}" is not a DOI`)
  const answer = await getJson(
    'Crossref',
    serviceUrl('Crossref', services.crossrefUrl, ['works', valid.data], {
      mailto: services.crossrefMailto,
    }),
    workSchema,
  )
  if (answer === NOT_FOUND) return NOT_FOUND
  const work = answer.message
  const retraction = [...(work['updated-by'] ?? []), ...(work['update-to'] ?? [])].find(
    isRetraction,
  )
  return {
    title: work.title?.[0] ?? '',
    journal: work['container-title']?.[0] ?? null,
    year: work.issued?.['date-parts'][0]?.[0] ?? null,
    retracted: Boolean(retraction),
    retractionNotice: retraction
      ? `Crossref: retraction${retraction.DOI ? ` ${retraction.DOI}` : ''}`
      : null,
  }
}
