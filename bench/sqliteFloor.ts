import { type Client, createClient } from '@libsql/client'

import type { UpdateLogEntry } from '../src/workflow/publicationKind'

import { type FloorParts, type FloorServer, serveFloor, signedCredit } from './floorPage'

type Row = Record<string, unknown>

const parse = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value)
const placeholders = (ids: unknown[]) => ids.map(() => '?').join(',') || 'NULL'

/** The floor on SQLite: the page's data read with plain SQL through the libsql driver, no Payload. */
const readPage = async (db: Client, slug: string): Promise<FloorParts | null> => {
  const [article] = (
    await db.execute({
      sql: `select * from articles where slug = ? and _status = 'published'`,
      args: [slug],
    })
  ).rows as Row[]
  if (!article) return null
  const [keyPoints, rels, texts, updateLog] = await Promise.all([
    db.execute({
      sql: 'select title, text from articles_key_points where _parent_id = ? order by _order',
      args: [article.id as string],
    }),
    db.execute({
      sql: 'select path, faqs_id, comparison_rows_id, references_id, drugs_id from articles_rels where parent_id = ? order by "order"',
      args: [article.id as string],
    }),
    db.execute({
      sql: 'select path, text from articles_texts where parent_id = ? order by "order"',
      args: [article.id as string],
    }),
    db.execute({
      sql: 'select date, kind, note from articles_update_log where _parent_id = ? order by _order',
      args: [article.id as string],
    }),
  ])
  const relIds = (column: string) => (rels.rows as Row[]).map((rel) => rel[column]).filter(Boolean)
  const textsAt = (path: string) =>
    (texts.rows as Row[]).filter((t) => t.path === path).map((t) => String(t.text))
  const faqIds = relIds('faqs_id')
  const rowIds = relIds('comparison_rows_id')
  const referenceIds = relIds('references_id')
  const drugIds = relIds('drugs_id')
  const [faqs, rows, cells, references, disclaimer, signature, drugs] = await Promise.all([
    db.execute({
      sql: `select id, question, answer from faqs where _status = 'published' and id in (${placeholders(faqIds)})`,
      args: faqIds as string[],
    }),
    db.execute({
      sql: `select id, feature from comparison_rows where _status = 'published' and id in (${placeholders(rowIds)})`,
      args: rowIds as string[],
    }),
    db.execute({
      sql: `select _parent_id, treatment, value from comparison_rows_cells where _parent_id in (${placeholders(rowIds)}) order by _order`,
      args: rowIds as string[],
    }),
    db.execute({
      sql: `select * from "references" where _status = 'published' and id in (${placeholders(referenceIds)})`,
      args: referenceIds as string[],
    }),
    db.execute({
      sql: `select title, text from disclaimers where id = ? and _status = 'published'`,
      args: [article.disclaimer_id as string],
    }),
    db.execute({
      sql: 'select printed_name, signer_name, signer_credentials from signatures where id = ?',
      args: [article.last_signature_id as string],
    }),
    db.execute({
      sql: `select id, name from drugs where id in (${placeholders(drugIds)})`,
      args: drugIds as string[],
    }),
  ])
  const byId = <T extends Row>(list: T[], ids: unknown[]) =>
    ids.map((id) => list.find((item) => item.id === id)).filter(Boolean) as T[]
  const review = signature.rows[0] as Row | undefined
  if (!disclaimer.rows[0]) return null
  const nullable = <T>(value: unknown) => (value ?? null) as T | null
  return {
    slug,
    title: String(article.title),
    summary: String(article.summary),
    keyPoints: (keyPoints.rows as Row[]).map((point) => ({
      title: String(point.title),
      text: String(point.text),
    })),
    body: parse(article.body),
    drugs: byId(drugs.rows as Row[], drugIds).map((drug) => String(drug.name)),
    conditions: textsAt('conditions'),
    readingTimeMinutes: Number(article.reading_time_minutes),
    firstPublishedAt: String(article.first_published_at),
    updateLog: (updateLog.rows as Row[]).map((entry) => ({
      date: String(entry.date),
      kind: entry.kind as UpdateLogEntry['kind'],
      note: nullable<string>(entry.note),
    })),
    lastReviewedAt: String(article.last_reviewed_at),
    nextReviewDue: String(article.next_review_due),
    comparisonColumns: textsAt('comparisonColumns'),
    faqs: byId(faqs.rows as Row[], faqIds).map((faq) => ({
      question: String(faq.question),
      answer: parse(faq.answer),
    })),
    rows: byId(rows.rows as Row[], rowIds).map((row) => ({
      feature: String(row.feature),
      cells: (cells.rows as Row[])
        .filter((cell) => cell._parent_id === row.id)
        .map((cell) => ({ treatment: String(cell.treatment), value: String(cell.value) })),
    })),
    references: byId(references.rows as Row[], referenceIds).map((reference) => ({
      title: String(reference.title),
      authors: nullable<string>(reference.authors),
      source: nullable<string>(reference.source),
      year: nullable<number>(reference.year),
      url: nullable<string>(reference.url),
      doi: nullable<string>(reference.doi),
      pmid: nullable<string>(reference.pmid),
      accessedAt: nullable<string>(reference.accessed_at),
    })),
    disclaimer: { title: String(disclaimer.rows[0].title), text: parse(disclaimer.rows[0].text) },
    reviewer: review
      ? signedCredit(String(review.printed_name), review.signer_name, review.signer_credentials)
      : null,
  }
}

export const startSqliteFloorServer = (databaseUrl: string): Promise<FloorServer> => {
  const db = createClient({ url: databaseUrl })
  return serveFloor(
    (slug) => readPage(db, slug),
    () => db.close(),
  )
}
