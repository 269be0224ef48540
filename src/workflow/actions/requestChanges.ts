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

const bodySchema = z.object({
  comment: z
    .string({ message: 'Say what needs to change' })
    .trim()
    .min(1, 'Say what needs to change')
    .max(5000, 'Keep the comment under 5000 characters'),
})

export const requestChanges = async (input: ActionInput): Promise<ActionResult> => {
  const { req, collection, id } = input
  const transition = transitionFor('request-changes')
  requireRole(req, transition)
  const { comment } = parseInput(bodySchema, input.body)
  const doc = await findLatest(req, collection, id)
  requireState(doc, transition)
  await writeWorkflowFields(input, { workflowState: transition.to }, { draft: true })
  await recordAudit(req, {
    action: 'request-changes',
    collectionSlug: collection,
    documentId: id,
    versionId: await latestVersionId(req, collection, id),
    contentHash: hashOf(req, collection, doc),
    comment,
  })
  return { collection, id, state: transition.to, message: 'Changes requested.' }
}
