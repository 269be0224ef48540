import type { CollectionBeforeChangeHook } from 'payload'

import { ConflictError, UnmetRequirementsError } from '../../errors'
import { readContext, takeContext } from '../../shared/requestContext'
import { recordRequestRefusal } from '../audit'
import { contentHashIn } from '../contentHash'
import { judgePublication } from '../publication/judge'
import { loadPublicationFacts } from '../publication/loadFacts'
import { publicationRecord } from '../publication/record'
import { pinKey } from '../signatures'
import type { ReviewableCollection } from '../states'
import { resultingDoc, savesAsPublished } from './changes'

/**
 * The one guard on going live. A save that leaves the document published either carries the
 * publication intent publishVersion computed for exactly this document and content (it judged the
 * facts and computed the record; other content under that intent is refused), or it is judged
 * here by the same rules, whatever the path: REST or GraphQL
 * create/update (bulk too), Local API, version restore, duplicate, a job. A refusal is audited and
 * changes nothing; a save that passes records its publication (signature, review dates, log).
 */
export const guardPublication: CollectionBeforeChangeHook = async (args) => {
  const { collection, data, originalDoc, req } = args
  if (!savesAsPublished(args)) return data
  const slug = collection.slug as ReviewableCollection
  const doc = resultingDoc(args)
  const intent = readContext(req, 'publicationIntent')
  if (intent && originalDoc?.id && intent.target === pinKey(slug, originalDoc.id)) {
    takeContext(req, 'publicationIntent')
    if (intent.contentHash === contentHashIn(req, slug, doc)) return { ...data, ...intent.record }
    // Not what publishVersion judged (an edit landed in between, or a pinned snapshot did not):
    // judging it again by the unpinned rules could put other content live than the pin names.
    throw new ConflictError(
      'The content changed while it was being published, so nothing went live. Check it and publish again.',
    )
  }
  const id = doc.id ? String(doc.id) : ''
  const facts = await loadPublicationFacts(req, { collection: slug, id, doc })
  const { problems } = judgePublication(facts)
  if (problems.length) {
    await recordRequestRefusal(req, {
      action: 'publish-refused',
      collectionSlug: slug,
      documentId: id || undefined,
      contentHash: facts.base?.contentHash,
      details: { requirements: problems },
    })
    throw new UnmetRequirementsError('This content cannot be published yet', problems)
  }
  if (!originalDoc?.id || !facts.base?.signature) return data
  const { record } = publicationRecord(facts.base, facts.base.signature, {
    now: new Date().toISOString(),
    note: null,
    reviewIntervalDays: facts.reviewIntervalDays,
  })
  return { ...data, ...record }
}
