import { z } from 'zod'

import { parseInput } from '../../validation/parseInput'

import { recordAudit } from '../audit'
import { findLatest, latestVersionId } from '../documents'
import { transitionFor } from '../transitions'
import {
  type ActionInput,
  type ActionResult,
  hashOf,
  requireRole,
  requireState,
  writeWorkflowFields,
} from './common'

const bodySchema = z.object({ comment: z.string().trim().max(2000).optional() })

export const submit = async (input: ActionInput): Promise<ActionResult> => {
  const { req, collection, id } = input
  const transition = transitionFor('submit')
  requireRole(req, transition)
  const { comment } = parseInput(bodySchema, input.body)
  const doc = await findLatest(req, collection, id)
  requireState(doc, transition)
  await writeWorkflowFields(input, { workflowState: transition.to }, { draft: true })
  await recordAudit(req, {
    action: 'submit',
    collectionSlug: collection,
    documentId: id,
    versionId: await latestVersionId(req, collection, id),
    contentHash: hashOf(req, collection, doc),
    comment,
  })
  return { collection, id, state: transition.to, message: 'Submitted for review.' }
}
