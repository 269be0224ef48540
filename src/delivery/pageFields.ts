/** The article fields a delivered page shows; nothing about authorship or the workflow. */
export const PAGE_FIELDS = {
  title: true,
  slug: true,
  summary: true,
  keyPoints: true,
  body: true,
  drugs: true,
  conditions: true,
  readingTimeMinutes: true,
  firstPublishedAt: true,
  updateLog: true,
  faqs: true,
  comparisonColumns: true,
  comparisonRows: true,
  references: true,
  disclaimer: true,
  lastSignature: true,
  lastReviewedAt: true,
  nextReviewDue: true,
  // SEO metadata (title, description, share image): editorial, published without a new sign-off.
  meta: true,
  _status: true,
} as const

/** What linked documents populate with, per collection. */
export const LINKED_FIELDS = {
  faqs: { question: true, answer: true, _status: true },
  'comparison-rows': { feature: true, cells: true, _status: true },
  references: {
    title: true,
    authors: true,
    source: true,
    year: true,
    url: true,
    doi: true,
    pmid: true,
    accessedAt: true,
    _status: true,
  },
  disclaimers: { title: true, text: true, _status: true },
  drugs: { name: true },
  // The share image: its public file URL (built from the filename) and what the page says of it.
  media: { alt: true, filename: true, mimeType: true, url: true, width: true, height: true },
} as const
