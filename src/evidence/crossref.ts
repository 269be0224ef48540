import { z } from 'zod'

import type { EvidenceServices } from '../config/settings'
import type { ResolvedWork } from './resolvedWork'

import { getJson, NOT_FOUND } from './serviceRequest'

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
  const mailto = services.crossrefMailto
    ? `?mailto=${encodeURIComponent(services.crossrefMailto)}`
    : ''
  const answer = await getJson(
    'Crossref',
    `${services.crossrefUrl}/works/${encodeURIComponent(doi)}${mailto}`,
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
