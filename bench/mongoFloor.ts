import { type Db, type Document, MongoClient, type ObjectId } from 'mongodb'

import type { Reference } from '../src/payload-types'

import { citationOf } from '../src/delivery/citation'
import { type FloorParts, type FloorServer, serveFloor, signedCredit } from './floorPage'

const inOrder = (docs: Document[], ids: ObjectId[]) =>
  ids
    .map((id) => docs.find((doc) => String(doc._id) === String(id)))
    .filter((doc): doc is Document => Boolean(doc))

/** Mongo stores dates as dates; the API serialises them as ISO strings. */
const iso = (value: unknown) =>
  value instanceof Date ? value.toISOString() : ((value ?? null) as string)

const publishedIn = (db: Db, collection: string, ids: ObjectId[] = []) =>
  db
    .collection(collection)
    .find({ _id: { $in: ids }, _status: 'published' })
    .toArray()

/** The floor on MongoDB: the page's data read with the mongodb driver, no Payload or mongoose. */
const readPage = async (db: Db, slug: string): Promise<FloorParts | null> => {
  const article = await db.collection('articles').findOne({ slug, _status: 'published' })
  if (!article) return null
  const [faqs, rows, references, disclaimer, signature, drugs] = await Promise.all([
    publishedIn(db, 'faqs', article.faqs),
    publishedIn(db, 'comparison-rows', article.comparisonRows),
    publishedIn(db, 'references', article.references),
    db.collection('disclaimers').findOne({ _id: article.disclaimer, _status: 'published' }),
    db.collection('signatures').findOne({ _id: article.lastSignature }),
    db
      .collection('drugs')
      .find({ _id: { $in: article.drugs ?? [] } })
      .toArray(),
  ])
  if (!disclaimer) return null
  return {
    slug,
    title: article.title,
    summary: article.summary,
    keyPoints: (article.keyPoints ?? []).map(({ title, text }: Document) => ({ title, text })),
    body: article.body,
    drugs: inOrder(drugs, article.drugs ?? []).map((drug) => String(drug.name)),
    conditions: article.conditions ?? [],
    readingTimeMinutes: article.readingTimeMinutes,
    firstPublishedAt: iso(article.firstPublishedAt),
    updateLog: (article.updateLog ?? []).map(({ date, kind, note }: Document) => ({
      date: iso(date),
      kind,
      note: note ?? null,
    })),
    lastReviewedAt: iso(article.lastReviewedAt),
    nextReviewDue: iso(article.nextReviewDue),
    comparisonColumns: article.comparisonColumns ?? [],
    faqs: inOrder(faqs, article.faqs ?? []).map(({ question, answer }) => ({ question, answer })),
    rows: inOrder(rows, article.comparisonRows ?? []).map(({ feature, cells }) => ({
      feature,
      cells: (cells ?? []).map(({ treatment, value }: Document) => ({ treatment, value })),
    })),
    references: inOrder(references, article.references ?? []).map((reference) =>
      citationOf({ ...(reference as Reference), accessedAt: iso(reference.accessedAt) }),
    ),
    disclaimer: { title: disclaimer.title, text: disclaimer.text },
    reviewer: signature
      ? signedCredit(signature.printedName, signature.signerName, signature.signerCredentials)
      : null,
  }
}

export const startMongoFloorServer = async (uri: string): Promise<FloorServer> => {
  const client = await MongoClient.connect(uri)
  return serveFloor(
    (slug) => readPage(client.db(), slug),
    () => client.close(),
  )
}
