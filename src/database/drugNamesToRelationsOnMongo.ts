import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload, PayloadRequest } from 'payload'

import { drugNamed } from '../drugs/drugNamed'

type Target = { model: 'collections' | 'versions'; path: 'drugs' | 'version.drugs' }

/** Articles' live documents and every version. */
const TARGETS: Target[] = [
  { model: 'collections', path: 'drugs' },
  { model: 'versions', path: 'version.drugs' },
]

/** A stored relation written as a hex string rather than a name. */
const OBJECT_ID = /^[0-9a-f]{24}$/i

const at = (doc: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], doc)

/**
 * MongoDB: articles named their drugs in free text (strings in `drugs`); they now relate to
 * `drugs` documents (ObjectIds). Each name becomes the drug it names, in the same order and once
 * per drug, on the live documents and on every version; ids already stored are kept.
 */
export const drugNamesToRelationsOnMongo = async ({
  payload,
  req,
}: {
  payload: Payload
  req?: PayloadRequest
}): Promise<void> => {
  const adapter = payload.db as unknown as MongooseAdapter
  // The adapter's own mongoose (and so its BSON), not another copy's.
  const { ObjectId } = adapter.connection.base.Types
  for (const { model, path } of TARGETS) {
    const collection = adapter[model].articles.collection
    const docs = await collection.find({ [path]: { $type: 'string' } }).toArray()
    for (const doc of docs) {
      const names = (at(doc, path) as unknown[]) ?? []
      const ids: unknown[] = []
      for (const value of names) {
        ids.push(
          typeof value === 'string' && !OBJECT_ID.test(value)
            ? new ObjectId(await drugNamed(payload, value, req))
            : value,
        )
      }
      // Two spellings of one drug on one article relate to it once.
      const once = ids.filter(
        (id, index) => ids.findIndex((other) => String(other) === String(id)) === index,
      )
      await collection.updateOne({ _id: doc._id }, { $set: { [path]: once } })
    }
  }
}
