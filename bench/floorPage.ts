import { createServer, type Server } from 'node:http'

import type { Citation } from '../src/delivery/citation'
import type { ArticlePage } from '../src/delivery/types'

import { richTextToHtml } from '../src/delivery/html'
import { honestDates } from '../src/delivery/honestDates'
import { medicalWebPageJsonLd } from '../src/delivery/jsonLd'
import type { UpdateLogEntry } from '../src/workflow/publicationKind'
import { reviewedByLine } from '../src/workflow/reviewedByLine'
import { expiryOf } from '../src/expiry/expiryOf'

// The CMS's REVIEW_GRACE_DAYS when unset: the floor renders what the benchmarked CMS serves.
const DEFAULT_REVIEW_GRACE_DAYS = 30

type RichText = ArticlePage['body']

/** What a floor reads from its database, already in plain shapes: linked documents in page order. */
export type FloorParts = {
  slug: string
  title: string
  summary: string
  keyPoints: { title: string; text: string }[]
  body: RichText
  drugs: string[]
  conditions: string[]
  readingTimeMinutes: number
  firstPublishedAt: string
  updateLog: UpdateLogEntry[]
  lastReviewedAt: string
  nextReviewDue: string
  comparisonColumns: string[]
  faqs: { question: string; answer: RichText }[]
  rows: { feature: string; cells: { treatment: string; value: string }[] }[]
  references: Citation[]
  disclaimer: { title: string; text: RichText }
  reviewer: { fullName: string; credentials: string; printedName: string } | null
}

/** The byline as the signature recorded it (see src/delivery/signerCredit.ts). */
export const signedCredit = (
  printedName: string,
  signerName: unknown,
  signerCredentials: unknown,
) =>
  signerName
    ? { fullName: String(signerName), credentials: String(signerCredentials ?? ''), printedName }
    : { fullName: printedName, credentials: '', printedName }

/** The delivery page built from plain data and JSON.stringify'd: the work no framework can skip. */
export const floorPage = (parts: FloorParts) => {
  const page = {
    slug: parts.slug,
    title: parts.title,
    summary: parts.summary,
    keyPoints: parts.keyPoints,
    body: parts.body,
    bodyHtml: richTextToHtml(parts.body),
    drugs: parts.drugs,
    conditions: parts.conditions,
    readingTimeMinutes: parts.readingTimeMinutes,
    ...honestDates(parts),
    faqs: parts.faqs.map((faq) => ({ ...faq, answerHtml: richTextToHtml(faq.answer) })),
    comparisonTable: {
      columns: parts.comparisonColumns,
      rows: parts.rows.map((row) => ({
        feature: row.feature,
        cells: parts.comparisonColumns.map(
          (column) => row.cells.find((cell) => cell.treatment === column)?.value ?? '',
        ),
      })),
    },
    references: parts.references.map((reference, index) => ({ number: index + 1, ...reference })),
    disclaimer: { ...parts.disclaimer, textHtml: richTextToHtml(parts.disclaimer.text) },
    review: parts.reviewer
      ? {
          reviewerName: parts.reviewer.fullName,
          credentials: parts.reviewer.credentials,
          printedName: parts.reviewer.printedName,
          lastReviewedAt: parts.lastReviewedAt,
          nextReviewDue: parts.nextReviewDue,
          ...expiryOf(parts.nextReviewDue, DEFAULT_REVIEW_GRACE_DAYS, new Date()),
          line: reviewedByLine({
            reviewerName: parts.reviewer.fullName,
            credentials: parts.reviewer.credentials,
            lastReviewedAt: parts.lastReviewedAt,
          }),
        }
      : null,
    meta: { title: null, description: null, image: null },
  }
  return { ...page, jsonLd: medicalWebPageJsonLd(page, { language: 'en' }) }
}

export type FloorServer = { server: Server; url: string; close: () => Promise<void> | void }

/** A bare node:http server answering GET /{slug} with the page `read` assembles. */
export const serveFloor = async (
  read: (slug: string) => Promise<FloorParts | null>,
  close: FloorServer['close'],
): Promise<FloorServer> => {
  const server = createServer(async (req, res) => {
    const slug = decodeURIComponent((req.url ?? '').split('/').pop() ?? '')
    const parts = await read(slug)
    res.writeHead(parts ? 200 : 404, { 'Content-Type': 'application/json; charset=utf-8' })
    res.end(JSON.stringify(parts ? floorPage(parts) : null))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, close }
}
