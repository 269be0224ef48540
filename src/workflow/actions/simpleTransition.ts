import type { z } from 'zod'

import type { WorkflowAction } from '../transitions'
import type { ReviewableDoc } from '../documents'
import type { ActionInput, ActionResult } from './types'

import { parseInput } from '../../validation/parseInput'
import { recordAudit } from '../audit'
import { findLatest, latestVersionId } from '../documents'
import { transitionFor } from '../transitions'
import { contentHashIn } from '../contentHash'
import { requireAllowed } from '../../access/allowed'
import { requireRole, requireState } from './guards'
import { writeWorkflowFields } from './writeWorkflowFields'

export type TransitionStep<Body> = (context: {
  input: ActionInput
  body: Body
  /** The latest version: before the transition in `prepare`, after it in `announce`. */
  doc: ReviewableDoc
}) => Promise<Record<string, unknown> | void>

/** Judges the version before the state moves (throws to refuse); stores what it found after. */
export type TransitionCheck<Body> = (context: {
  input: ActionInput
  body: Body
  doc: ReviewableDoc
}) => Promise<(moved: { versionId: string }) => Promise<void>>

/**
 * A transition that moves the state and records why: submit and request-changes. The body may
 * carry a `comment`, which goes to the audit log. `prepare` checks the body against the document
 * and returns more workflow fields to write; `check` judges the version being moved (submit: the
 * registered submission checks) and stores its result with the version written; `announce` tells
 * people, after the write.
 */
export const simpleTransition =
  <Body extends { comment?: string }>(
    action: WorkflowAction,
    bodySchema: z.ZodType<Body>,
    message: string,
    steps: {
      prepare?: TransitionStep<Body>
      check?: TransitionCheck<Body>
      announce?: TransitionStep<Body>
    } = {},
  ) =>
  async (input: ActionInput): Promise<ActionResult> => {
    const { req, collection, id } = input
    const transition = transitionFor(action)
    requireRole(req, transition)
    const doc = await findLatest(req, collection, id)
    // Who may (writer ownership for submit), before the body: the policy's 403s come first.
    await requireAllowed(req, action, { collection, doc })
    const body = parseInput(bodySchema, input.body)
    requireState(req, collection, doc, transition)
    const extraFields = (await steps.prepare?.({ input, body, doc })) ?? {}
    const storeCheck = await steps.check?.({ input, body, doc })
    await writeWorkflowFields(
      input,
      { ...extraFields, workflowState: transition.to },
      { draft: true },
    )
    const versionId = await latestVersionId(req, collection, id)
    if (storeCheck) await storeCheck({ versionId: versionId ?? id })
    await recordAudit(req, {
      action,
      collectionSlug: collection,
      documentId: id,
      versionId,
      contentHash: contentHashIn(req, collection, doc),
      comment: body.comment,
      ...(Object.keys(extraFields).length ? { details: extraFields } : {}),
    })
    await steps.announce?.({ input, body, doc: await findLatest(req, collection, id) })
    return { collection, id, state: transition.to, message }
  }
