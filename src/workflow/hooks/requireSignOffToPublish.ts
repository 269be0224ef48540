import type { CollectionBeforeChangeHook } from 'payload'

import { recordRequestRefusal } from '../audit'
import { contentHash } from '../contentHash'
import { UnmetRequirementsError } from '../../errors'
import { unmetPublishRequirements } from '../publishGate'
import type { ReviewableCollection } from '../states'
import { resultingDoc, savesAsPublished } from './changes'

/**
 * The publish gate. Runs on every save that leaves the document published, whatever the path:
 * workflow endpoint, REST or GraphQL create/update (bulk too), Local API, version restore,
 * duplicate, scheduled publish. Refusals are audited and change nothing.
 */
export const requireSignOffToPublish: CollectionBeforeChangeHook = async (args) => {
  const { collection, data, req } = args
  if (!savesAsPublished(args)) return data
  const slug = collection.slug as ReviewableCollection
  const doc = resultingDoc(args)
  const unmet = await unmetPublishRequirements(req, slug, doc)
  if (!unmet.length) return data
  await recordRequestRefusal(req, {
    action: 'publish-refused',
    collectionSlug: slug,
    documentId: doc.id ? String(doc.id) : undefined,
    contentHash: contentHash(doc, req.payload.collections[slug].config.flattenedFields),
    details: { requirements: unmet },
  })
  throw new UnmetRequirementsError('This content cannot be published yet', unmet)
}
