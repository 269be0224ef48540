import type { Reference } from '../payload-types'
import type { DeliveredReference } from './types'

export type Citation = Omit<DeliveredReference, 'number'>

type CitationSource = Pick<Reference, 'title'> &
  Partial<Pick<Reference, 'accessedAt' | 'authors' | 'doi' | 'pmid' | 'source' | 'url' | 'year'>>

/** What a delivered page cites of a reference, with absent fields as null. */
export const citationOf = (reference: CitationSource): Citation => ({
  title: reference.title,
  authors: reference.authors ?? null,
  source: reference.source ?? null,
  year: reference.year ?? null,
  url: reference.url ?? null,
  doi: reference.doi ?? null,
  pmid: reference.pmid ?? null,
  accessedAt: reference.accessedAt ?? null,
})
