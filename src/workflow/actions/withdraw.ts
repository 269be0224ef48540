import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import { parseInput } from '../../validation/parseInput'

import { recordAudit } from '../audit'
import { WITHDRAWING } from '../hooks/keepLiveVersionUntilWithdrawn'
import { latestVersionId, type ReviewableDoc } from '../documents'
import { describeIn } from '../../shared/describe'
import { UnmetRequirementsError } from '../../errors'
import { type ReviewableCollection } from '../states'
import { transitionFor } from '../transitions'
import { type ActionInput, type ActionResult } from './types'
import { contentHashIn } from '../contentHash'
import { requireRole } from './guards'
import { writeWorkflowFields } from './writeWorkflowFields'

export const withdrawalReasonSchema = z
  .string({ message: 'Give the reason for withdrawing' })
  .trim()
  .min(1, 'Give the reason for withdrawing')
  .max(2000, 'Keep the reason under 2000 characters')

export const withdrawBodySchema = z.object({
  reason: withdrawalReasonSchema,
})

/**
 * Takes the live version off the API (any newer draft is kept), recording why: the withdraw
 * action, and a scheduled withdrawal when its time comes.
 */
export const withdrawLive = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
  reason: string,
  auditDetails?: Record<string, unknown>,
): Promise<void> => {
  const live = await req.payload.findByID({ collection, id, depth: 0, draft: false, req })
  if (live._status !== 'published') {
    throw new UnmetRequirementsError('Cannot withdraw', [
      `"${describeIn(req, collection, live)}" is not published, so there is nothing to withdraw`,
    ])
  }
  await writeWorkflowFields(
    { req, collection, id },
    { _status: 'draft', workflowState: transitionFor('withdraw').to, withdrawalReason: reason },
    { draft: false, context: { [WITHDRAWING]: true } },
  )
  await recordAudit(req, {
    action: 'withdraw',
    collectionSlug: collection,
    documentId: id,
    versionId: await latestVersionId(req, collection, id),
    contentHash: contentHashIn(req, collection, live as unknown as ReviewableDoc),
    comment: reason,
    ...(auditDetails ? { details: auditDetails } : {}),
  })
}

export const withdraw = async (input: ActionInput): Promise<ActionResult> => {
  const { req, collection, id } = input
  const transition = transitionFor('withdraw')
  requireRole(req, transition)
  const { reason } = parseInput(withdrawBodySchema, input.body)
  await withdrawLive(req, collection, id, reason)
  return { collection, id, state: transition.to, message: 'Withdrawn from publication.' }
}
