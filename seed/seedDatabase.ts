import type { Payload, Where } from 'payload'

import type { Article, ComparisonRow, User } from '../src/payload-types'

import { baclofenArticle } from './content/baclofen/article'
import { baclofenComparisonRows } from './content/baclofen/comparison'
import { baclofenFaqs } from './content/baclofen/faqs'
import { baclofenReferences } from './content/baclofen/references'
import { medicalDisclaimer } from './content/disclaimer'
import { seedDrugs } from './content/drugs'
import { findDrugByName } from '../src/drugs/findDrugByName'
import { ensureDemoUsers } from './demoUsers'
import { ensureDemoReviewerSecondFactor } from './demoSecondFactor'
import { signDrugFacts } from './signDrugFacts'
import { takeThroughReview } from './takeThroughReview'

const sameTreatments = (expected: string[], actual: string[]): boolean =>
  expected.length === actual.length && expected.every((treatment) => actual.includes(treatment))

type SeededCollection =
  'articles' | 'comparison-rows' | 'disclaimers' | 'drugs' | 'faqs' | 'references'

export type SeedResult = { created: Record<string, number>; articleId: string }

/**
 * Idempotent: every document is looked up by its natural key first and created only when
 * missing, so a second run creates nothing and changes nothing.
 */
const ensureDocument = async <T extends { id: string }>({
  payload,
  collection,
  where,
  data,
  author,
  created,
  isSame = () => true,
}: {
  payload: Payload
  collection: SeededCollection
  /** The natural key the document is found by. */
  where: Where
  data: Record<string, unknown>
  author: User
  /** Counts of created documents per collection, added to. */
  created: Record<string, number>
  /** Among documents with the key, which one is this (rows share a feature name across tables). */
  isSame?: (candidate: T) => boolean
}): Promise<T> => {
  const { docs } = await payload.find({
    collection,
    where,
    depth: 0,
    draft: true,
    pagination: false,
  })
  const existing = (docs as unknown as T[]).find(isSame)
  if (existing) return existing
  const doc = await payload.create({ collection, data: data as never, user: author, depth: 0 })
  created[collection] = (created[collection] ?? 0) + 1
  return doc as unknown as T
}

export const seedDatabase = async (payload: Payload): Promise<SeedResult> => {
  const created: Record<string, number> = {}
  const startedAt = new Date().toISOString()
  const { users, passwords } = await ensureDemoUsers(payload, created)
  const writer = users.writer

  await ensureDocument({
    payload,
    collection: 'disclaimers',
    where: { title: { equals: medicalDisclaimer.title } },
    data: medicalDisclaimer,
    author: users.admin,
    created,
  })

  for (const drug of seedDrugs) {
    await ensureDocument({
      payload,
      collection: 'drugs',
      where: { name: { equals: drug.name } },
      data: drug,
      author: users.admin,
      created,
    })
  }
  await signDrugFacts(payload, users.editor, passwords.editor)
  /** Content names its drugs in words; stored, it relates to the drug documents. */
  const withDrugIds = async <T extends { drugs?: string[] }>(item: T) => ({
    ...item,
    drugs: await Promise.all(
      (item.drugs ?? []).map(async (name) => {
        const drug = await findDrugByName(payload, name)
        if (!drug) throw new Error(`The seed names an unknown drug: ${name}`)
        return drug.id
      }),
    ),
  })

  const ensureAll = async <T extends Record<string, unknown> & { drugs?: string[] }>(
    collection: SeededCollection,
    items: T[],
    naturalKey: (item: T) => Where,
    isSame?: (item: T) => (candidate: { id: string }) => boolean,
  ) => {
    const ids: string[] = []
    for (const item of items) {
      const where = naturalKey(item)
      const doc = await ensureDocument({
        payload,
        collection,
        where,
        data: await withDrugIds(item),
        author: writer,
        created,
        isSame: isSame?.(item),
      })
      ids.push(doc.id)
    }
    return ids
  }

  const references = await ensureAll('references', baclofenReferences, (reference) => ({
    url: { equals: reference.url },
  }))
  const faqs = await ensureAll('faqs', baclofenFaqs, (faq) => ({
    question: { equals: faq.question },
  }))
  // A feature such as "Dosing" can head rows of other tables too: match the treatments as well.
  const comparisonRows = await ensureAll(
    'comparison-rows',
    baclofenComparisonRows,
    (row) => ({ feature: { equals: row.feature } }),
    (row) => (candidate) =>
      sameTreatments(
        row.cells.map((cell) => cell.treatment),
        ((candidate as ComparisonRow).cells ?? []).map((cell) => cell.treatment),
      ),
  )

  const article = await ensureDocument<Article>({
    payload,
    collection: 'articles',
    where: { slug: { equals: baclofenArticle.slug } },
    data: { ...(await withDrugIds(baclofenArticle)), faqs, comparisonRows, references },
    author: writer,
    created,
  })
  const reviewerKey = await ensureDemoReviewerSecondFactor(payload, users.reviewer)
  await takeThroughReview(payload, article.id, users, {
    password: passwords.reviewer,
    totpKey: reviewerKey,
  })
  // The seed's own review is history, not news: the demo accounts start with nothing unread.
  await payload.update({
    collection: 'notifications',
    where: {
      and: [
        { recipient: { in: Object.values(users).map((user) => user.id) } },
        { createdAt: { greater_than_equal: startedAt } },
        { read: { equals: false } },
      ],
    },
    data: { read: true },
    depth: 0,
  })
  return { created, articleId: article.id }
}
