import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import { parseInput } from '../../validation/parseInput'

import { recordAudit, recordRefusal } from '../audit'
import { findLatest, latestVersionId, type ReviewableDoc } from '../documents'
import { describeIn } from '../../shared/describe'
import { UnmetRequirementsError } from '../../errors'
import { unmetPublishRequirements } from '../publishGate'
import { type ReviewableCollection } from '../states'
import { stateProblem } from '../stateProblem'
import { transitionFor } from '../transitions'
import { type ActionInput, type ActionResult } from './types'
import { contentHashIn, readerContentHash } from '../contentHash'
import { PUBLICATION_KIND, PUBLICATION_NOTE } from '../hooks/recordPublication'
import { PUBLICATION_KIND_WORDS, type PublicationKind } from '../publicationKind'
import { readLiveVersion } from '../../shared/liveVersion'
import { requireRole } from './guards'
import { actOnLinked } from './linked'

export const publishBodySchema = z.object({
  includeLinked: z.boolean().optional(),
  note: z
    .string()
    .trim()
    .max(500, 'Keep the public note under 500 characters')
    .optional()
    .describe('A public summary of what changed, shown in the page’s update log'),
})

/** A latest version in the published state that equals the live one has nothing new to publish. */
const nothingNewProblem = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  doc: ReviewableDoc,
): Promise<string | undefined> => {
  if (doc.workflowState !== 'published') return undefined
  const live = await readLiveVersion(req, collection, doc.id)
  if (live?._status !== 'published') return undefined
  const fields = req.payload.collections[collection].config.flattenedFields
  return readerContentHash(doc, fields) === readerContentHash(live, fields)
    ? `"${describeIn(req, collection, doc)}" has no changes since it was published`
    : undefined
}

/** Publishes one approved document; the publish gate hook checks everything once more. */
const publishOne = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
  note?: string,
): Promise<void> => {
  const doc = await findLatest(req, collection, id)
  // The action's own state check says it in the transition table's words; the gate's would repeat it.
  const wrongState = stateProblem(
    doc,
    describeIn(req, collection, doc),
    transitionFor('publish').from,
    transitionFor('publish').label,
  )
  const problems = [
    wrongState ?? (await nothingNewProblem(req, collection, doc)),
    ...(await unmetPublishRequirements(req, collection, doc, {
      except: wrongState ? ['approved'] : [],
    })),
  ].filter((problem): problem is string => Boolean(problem))
  if (problems.length) {
    await recordRefusal(req.payload, req.user ? String(req.user.id) : undefined, {
      action: 'publish-refused',
      collectionSlug: collection,
      documentId: id,
      contentHash: contentHashIn(req, collection, doc),
      details: { requirements: problems },
    })
    throw new UnmetRequirementsError(
      `Cannot publish "${describeIn(req, collection, doc)}"`,
      problems,
    )
  }
  await req.payload.update({
    collection,
    id,
    data: { _status: 'published' },
    draft: false,
    overrideAccess: true,
    context: { [PUBLICATION_NOTE]: note },
    req,
  })
  const kind = req.context[PUBLICATION_KIND] as PublicationKind | null | undefined
  await recordAudit(req, {
    action: 'publish',
    collectionSlug: collection,
    documentId: id,
    versionId: await latestVersionId(req, collection, id),
    contentHash: contentHashIn(req, collection, doc),
    comment: kind ? PUBLICATION_KIND_WORDS[kind] : undefined,
    details: { kind: kind ?? null, note: note ?? null },
  })
}

export const publish = async (input: ActionInput): Promise<ActionResult> => {
  const { req, collection, id } = input
  requireRole(req, transitionFor('publish'))
  const body = parseInput(publishBodySchema, input.body)
  const linked =
    body.includeLinked && collection === 'articles'
      ? await actOnLinked({
          req,
          articleId: id,
          readyState: 'approved',
          doneState: 'published',
          act: (linkedCollection, linkedId) => publishOne(req, linkedCollection, linkedId),
        })
      : undefined
  await publishOne(req, collection, id, body.note)
  return { collection, id, state: 'published', message: 'Published.', linked }
}
