import type { UpdateLogEntry } from '../workflow/publicationKind'

export type ReviewBlock = {
  reviewerName: string
  credentials: string
  printedName: string
  lastReviewedAt: string
  nextReviewDue: string | null
  /** The byline as downstream sites print it. */
  line: string
}

export type DeliveredReference = {
  number: number
  title: string
  authors: string | null
  source: string | null
  year: number | null
  url: string | null
  doi: string | null
  pmid: string | null
  accessedAt: string | null
}

export type DeliveredFaq = { question: string; answer: unknown; answerHtml: string }

export type ArticlePage = {
  slug: string
  title: string
  summary: string
  keyPoints: { title: string; text: string }[]
  body: unknown
  bodyHtml: string
  drugs: string[]
  conditions: string[]
  readingTimeMinutes: number | null
  /** First publication. */
  datePublished: string | null
  /** Last publication that changed what readers see (a re-review without changes does not). */
  dateModified: string | null
  /** Last sign-off that went live. */
  lastReviewed: string | null
  /** One entry per publication, newest first. */
  updateLog: UpdateLogEntry[]
  faqs: DeliveredFaq[]
  comparisonTable: { columns: string[]; rows: { feature: string; cells: string[] }[] }
  references: DeliveredReference[]
  disclaimer: { title: string; text: unknown; textHtml: string }
  review: ReviewBlock | null
  jsonLd: Record<string, unknown>
  /** The JSON-LD as a ready-to-embed, HTML-safe <script type="application/ld+json"> element. */
  jsonLdScript: string
}
