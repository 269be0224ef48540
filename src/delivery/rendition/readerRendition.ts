import { createHash } from 'node:crypto'

import type { ArticlePage } from '../types'

/**
 * The reader content of a page: what a pharmacist's signature vouches for readers seeing. The
 * rest of the page is editorial and goes live without a new signature: the slug, SEO meta, the
 * review block (byline), the dates and update log, and the JSON-LD built from all of these. The
 * one place this is decided: sign-off, publication, the signed copy and `delivery:rebuild --check`
 * all hash through here.
 */
export const readerContentOf = (page: ArticlePage) => ({
  title: page.title,
  summary: page.summary,
  keyPoints: page.keyPoints,
  body: page.body,
  bodyHtml: page.bodyHtml,
  drugs: page.drugs,
  conditions: page.conditions,
  faqs: page.faqs,
  comparisonTable: page.comparisonTable,
  references: page.references,
  disclaimer: page.disclaimer,
})

/** Sorted keys, no row ids (stored and read shapes differ there), so equal content hashes equally. */
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical)
  if (typeof value !== 'object' || value === null) return value ?? null
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key, item]) => key !== 'id' && item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => [key, canonical(item)]),
  )
}

export const canonicalJson = (value: unknown): string => JSON.stringify(canonical(value))

/** SHA-256 of the canonical JSON of the page's reader content. */
export const readerRenditionHash = (page: ArticlePage): string =>
  createHash('sha256')
    .update(canonicalJson(readerContentOf(page)))
    .digest('hex')
