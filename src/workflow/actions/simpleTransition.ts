import type { z } from 'zod'

import type { WorkflowAction } from '../transitions'
import type { ActionInput, ActionResult } from './types'

import { parseInput } from '../../validation/parseInput'
import { recordAudit } from '../audit'
import { findLatest, latestVersionId } from '../documents'
import { transitionFor } from '../transitions'
import { contentHashIn } from '../contentHash'
import { requireOwnershipForWriters, requireRole, requireState } from './guards'
import { writeWorkflowFields } from './writeWorkflowFields'

/**
 * A transition that only moves the state and records why: submit and request-changes. The body
 * may carry a `comment`, which goes to the audit log.
 */
export const simpleTransition =
  (action: WorkflowAction, bodySchema: z.ZodType<{ comment?: string }>, message: string) =>
  async (input: ActionInput): Promise<ActionResult> => {
    const { req, collection, id } = input
    const transition = transitionFor(action)
    requireRole(req, transition)
    const { comment } = parseInput(bodySchema, input.body)
    const doc = await findLatest(req, collection, id)
    if (action === 'submit') requireOwnershipForWriters(req, collection, doc)
    requireState(req, collection, doc, transition)
    await writeWorkflowFields(input, { workflowState: transition.to }, { draft: true })
    await recordAudit(req, {
      action,
      collectionSlug: collection,
      documentId: id,
      versionId: await latestVersionId(req, collection, id),
      contentHash: contentHashIn(req, collection, doc),
      comment,
    })
    return { collection, id, state: transition.to, message }
  }
