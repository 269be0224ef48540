import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import { parseInput } from '../../validation/parseInput'

import { recordAudit, recordRefusal } from '../audit'
import { findLatest, latestVersionId } from '../documents'
import { describeIn } from '../../shared/describe'
import { UnmetRequirementsError } from '../../errors'
import { unmetPublishRequirements } from '../publishGate'
import { type ReviewableCollection } from '../states'
import { stateProblem } from '../stateProblem'
import { transitionFor } from '../transitions'
import { type ActionInput, type ActionResult } from './types'
import { contentHashIn } from '../contentHash'
import { requireRole } from './guards'
import { actOnLinked } from './linked'

const bodySchema = z.object({ includeLinked: z.boolean().optional() })

/** Publishes one approved document; the publish gate hook checks everything once more. */
const publishOne = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
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
    wrongState,
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
    req,
  })
  await recordAudit(req, {
    action: 'publish',
    collectionSlug: collection,
    documentId: id,
    versionId: await latestVersionId(req, collection, id),
    contentHash: contentHashIn(req, collection, doc),
  })
}

export const publish = async (input: ActionInput): Promise<ActionResult> => {
  const { req, collection, id } = input
  requireRole(req, transitionFor('publish'))
  const body = parseInput(bodySchema, input.body)
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
  await publishOne(req, collection, id)
  return { collection, id, state: 'published', message: 'Published.', linked }
}
