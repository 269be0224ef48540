import { type Client, createClient } from '@libsql/client'
import { createServer, type Server } from 'node:http'

import { richTextToHtml } from '../src/delivery/html'
import { medicalWebPageJsonLd } from '../src/delivery/jsonLd'
import { reviewedByLine } from '../src/delivery/reviewedByLine'

type Row = Record<string, unknown>

const parse = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value)
const placeholders = (ids: unknown[]) => ids.map(() => '?').join(',') || 'NULL'

/** The floor: the same page assembled with plain SQL through the libsql driver, no Payload. */
const assemblePage = async (db: Client, slug: string) => {
  const [article] = (
    await db.execute({ sql: `select * from articles where slug = ? and _status = 'published'`, args: [slug] })
  ).rows as Row[]
  if (!article) return null
  const [keyPoints, rels, texts] = await Promise.all([
    db.execute({ sql: 'select title, text from articles_key_points where _parent_id = ? order by _order', args: [article.id as string] }),
    db.execute({ sql: 'select path, faqs_id, comparison_rows_id, references_id from articles_rels where parent_id = ? order by "order"', args: [article.id as string] }),
    db.execute({ sql: 'select path, text from articles_texts where parent_id = ? order by "order"', args: [article.id as string] }),
  ])
  const relIds = (column: string) => (rels.rows as Row[]).map((rel) => rel[column]).filter(Boolean)
  const textsAt = (path: string) => (texts.rows as Row[]).filter((t) => t.path === path).map((t) => String(t.text))
  const faqIds = relIds('faqs_id')
  const rowIds = relIds('comparison_rows_id')
  const referenceIds = relIds('references_id')
  const [faqs, rows, cells, references, disclaimer, signature] = await Promise.all([
    db.execute({ sql: `select id, question, answer from faqs where _status = 'published' and id in (${placeholders(faqIds)})`, args: faqIds as string[] }),
    db.execute({ sql: `select id, feature from comparison_rows where _status = 'published' and id in (${placeholders(rowIds)})`, args: rowIds as string[] }),
    db.execute({ sql: `select _parent_id, treatment, value from comparison_rows_cells where _parent_id in (${placeholders(rowIds)}) order by _order`, args: rowIds as string[] }),
    db.execute({ sql: `select * from "references" where _status = 'published' and id in (${placeholders(referenceIds)})`, args: referenceIds as string[] }),
    db.execute({ sql: `select title, text from disclaimers where id = ? and _status = 'published'`, args: [article.disclaimer_id as string] }),
    db.execute({ sql: 'select s.printed_name, u.full_name, u.credentials from signatures s join users u on u.id = s.reviewer_id where s.id = ?', args: [article.last_signature_id as string] }),
  ])
  const byId = <T extends Row>(list: T[], ids: unknown[]) => ids.map((id) => list.find((item) => item.id === id)).filter(Boolean) as T[]
  const columns = textsAt('comparisonColumns')
  const review = signature.rows[0] as Row | undefined
  const page = {
    slug,
    title: String(article.title),
    summary: String(article.summary),
    keyPoints: (keyPoints.rows as Row[]).map((point) => ({ title: String(point.title), text: String(point.text) })),
    body: parse(article.body),
    bodyHtml: richTextToHtml(parse(article.body)),
    drugs: textsAt('drugs'),
    conditions: textsAt('conditions'),
    readingTimeMinutes: Number(article.reading_time_minutes),
    firstPublishedAt: article.first_published_at as string,
    updatedAt: String(article.updated_at),
    faqs: byId(faqs.rows as Row[], faqIds).map((faq) => ({
      question: String(faq.question),
      answer: parse(faq.answer),
      answerHtml: richTextToHtml(parse(faq.answer)),
    })),
    comparisonTable: {
      columns,
      rows: byId(rows.rows as Row[], rowIds).map((row) => ({
        feature: String(row.feature),
        cells: columns.map((column) => String((cells.rows as Row[]).find((cell) => cell._parent_id === row.id && cell.treatment === column)?.value ?? '')),
      })),
    },
    references: byId(references.rows as Row[], referenceIds).map((reference, index) => ({
      number: index + 1,
      title: String(reference.title),
      authors: (reference.authors as string) ?? null,
      source: (reference.source as string) ?? null,
      year: (reference.year as number) ?? null,
      url: (reference.url as string) ?? null,
      doi: (reference.doi as string) ?? null,
      pmid: (reference.pmid as string) ?? null,
      accessedAt: (reference.accessed_at as string) ?? null,
    })),
    disclaimer: disclaimer.rows[0]
      ? { title: String(disclaimer.rows[0].title), text: parse(disclaimer.rows[0].text), textHtml: richTextToHtml(parse(disclaimer.rows[0].text)) }
      : null,
    review: review
      ? {
          reviewerName: String(review.full_name),
          credentials: String(review.credentials),
          printedName: String(review.printed_name),
          lastReviewedAt: String(article.last_reviewed_at),
          nextReviewDue: article.next_review_due as string,
          line: reviewedByLine({
            reviewerName: String(review.full_name),
            credentials: String(review.credentials),
            lastReviewedAt: String(article.last_reviewed_at),
          }),
        }
      : null,
  }
  return { ...page, jsonLd: medicalWebPageJsonLd(page) }
}

export const startSqliteFloorServer = async (databaseUrl: string): Promise<{ server: Server; url: string; close: () => void }> => {
  const db = createClient({ url: databaseUrl })
  const server = createServer(async (req, res) => {
    const slug = decodeURIComponent((req.url ?? '').split('/').pop() ?? '')
    const page = await assemblePage(db, slug)
    res.writeHead(page ? 200 : 404, { 'Content-Type': 'application/json; charset=utf-8' })
    res.end(JSON.stringify(page))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address() as { port: number }
  return { server, url: `http://127.0.0.1:${address.port}`, close: () => db.close() }
}
