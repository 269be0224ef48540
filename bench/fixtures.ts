import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { randomBytes } from 'node:crypto'

import { rebuildStoredPages } from '../src/delivery/storedPagesCheck'
import { seedDatabase } from '../seed/seedDatabase'

/** Array rows need ids of their own, which Payload's hooks would otherwise make. */
const withFreshRowIds = (data: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(data).map(([key, value]) => [
      key,
      Array.isArray(value) && value.every((row) => row && typeof row === 'object' && 'id' in row)
        ? value.map((row) => ({ ...row, id: randomBytes(12).toString('hex') }))
        : value,
    ]),
  )

/**
 * The seeded baclofen article, reviewed and published through the workflow, plus `count - 1`
 * published copies under other slugs, written straight through the database adapter (the bench
 * measures reads, and 10,000 reviews would take longer than the measurement); then every page is
 * rendered into the delivery store, as the operators' rebuild command does.
 */
export const seedArticles = async (
  payload: Payload,
  count: number,
): Promise<{ articleId: string; slugs: string[] }> => {
  const { articleId } = await seedDatabase(payload)
  const original = await payload.findByID({ collection: 'articles', id: articleId, depth: 0 })
  const { id: _id, ...template } = original
  const slugs = [original.slug as string]
  for (let index = 1; index < count; index += 1) {
    const slug = `${original.slug}-copy-${index}`
    await payload.db.create({
      collection: 'articles',
      data: { ...withFreshRowIds(template), slug },
    })
    slugs.push(slug)
  }
  await rebuildStoredPages(await createLocalReq({}, payload))
  return { articleId: String(articleId), slugs }
}
