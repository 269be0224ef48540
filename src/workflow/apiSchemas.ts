import { z } from 'zod'

import { REVIEWABLE_COLLECTIONS, WORKFLOW_STATES } from './states'
import { WORKFLOW_ACTIONS } from './transitions'

/**
 * What the workflow endpoints answer. The handlers are typed from these schemas and the OpenAPI
 * document is generated from them.
 */

const timestamp = z.string().meta({ description: 'ISO 8601 date-time' })
export const reviewableCollectionSchema = z
  .enum(REVIEWABLE_COLLECTIONS)
  .meta({ id: 'ReviewableCollection' })
const collection = reviewableCollectionSchema
const state = z.enum(WORKFLOW_STATES).meta({ id: 'WorkflowState' })

export const linkedOutcomeSchema = z
  .strictObject({
    collection,
    id: z.string(),
    title: z.string(),
    state: z.string(),
    done: z.boolean(),
    reason: z.string().optional(),
  })
  .meta({ id: 'LinkedOutcome', description: 'What the action did to one linked document.' })

export const actionResultSchema = z
  .strictObject({
    collection,
    id: z.string(),
    state,
    message: z.string(),
    signatureId: z.string().optional(),
    linked: z.array(linkedOutcomeSchema).optional().meta({
      description:
        'Submit, sign-off and publish with includeLinked: the FAQs, comparison rows and references acted on. Withdraw with withDependents: the live articles withdrawn with the document.',
    }),
    scheduleId: z.string().optional(),
    scheduledAt: timestamp.optional(),
  })
  .meta({ id: 'WorkflowActionResult' })

/**
 * What the admin asks for before an action: nothing, a comment, a reason, the password, or an
 * optional public note (declared with each action: panelInput in endpoints/actionEndpoints.ts).
 */
export const actionInputKind = z.enum(['assign', 'comment', 'none', 'note', 'password', 'reason'])
export type ActionInputKind = z.infer<typeof actionInputKind>

export const checklistItemSchema = z
  .strictObject({
    requirement: z.string(),
    label: z.string(),
    met: z.boolean(),
    problems: z.array(z.string()).meta({ description: 'What to do when not met.' }),
    notes: z.array(z.string()).optional(),
  })
  .meta({ id: 'PublishChecklistItem' })

export const scheduledChangeSchema = z
  .strictObject({
    kind: z.enum(['publish', 'withdraw']),
    at: timestamp,
    note: z.string().nullable(),
    reason: z.string().nullable(),
    signature: z.strictObject({ printedName: z.string(), signedAt: timestamp }).nullable(),
    scheduledBy: z.string().nullable(),
  })
  .meta({ id: 'ScheduledChange' })

/** One FAQ, comparison row or reference an article links to, as the article's panel lists it. */
export const linkedDocumentSchema = z
  .strictObject({
    collection,
    id: z.string(),
    title: z.string(),
    state,
    live: z.boolean().meta({ description: 'A published version of it is live.' }),
    clinicalChanges: z.int().min(0).nullable().meta({
      description:
        'In review: the clinical changes a sign-off would cover (everything, when it was never signed).',
    }),
    signedBefore: z
      .boolean()
      .meta({ description: 'In review: it was signed before, and the changes are since then.' }),
    nextStep: z
      .string()
      .nullable()
      .meta({ description: 'What it still needs before the article can be published, in words.' }),
  })
  .meta({ id: 'LinkedDocument' })

export const workflowStatusSchema = z
  .strictObject({
    state,
    live: z.boolean(),
    revisionInProgress: z.boolean(),
    canDiscardRevision: z.boolean(),
    checklist: z.array(checklistItemSchema),
    actions: z.array(
      z.strictObject({
        action: z.enum(WORKFLOW_ACTIONS),
        label: z.string(),
        input: actionInputKind,
      }),
    ),
    signatureMeaning: z.string(),
    signatures: z
      .strictObject({
        needed: z.union([z.literal(1), z.literal(2)]),
        given: z.union([z.literal(0), z.literal(1), z.literal(2)]),
        firstSigner: z
          .strictObject({
            id: z.string(),
            name: z.string(),
            signedAt: timestamp,
            specialist: z.boolean(),
          })
          .nullable(),
        note: z.string().nullable().meta({
          description:
            'What the sign-off dialog says up front: the first or the second of two signatures.',
        }),
        notYours: z.string().nullable().meta({
          description:
            'Why the signed-in pharmacist may not give the next signature (e.g. they gave the first).',
        }),
      })
      .meta({
        description:
          'High-risk content needs two signatures by different pharmacists, one a specialist: how many it needs and has.',
      }),
    reviewedByPreview: z.string().nullable(),
    suggestedNote: z.string().nullable().meta({
      description:
        'The reason given for the changes the last signature covers: the publish dialog starts its public note from it.',
    }),
    history: z.array(
      z.strictObject({
        action: z.string(),
        label: z.string(),
        at: timestamp,
        actor: z.string(),
        comment: z.string().nullable(),
      }),
    ),
    assignment: z.strictObject({
      assignee: z.string().nullable(),
      assigneeName: z.string().nullable(),
      dueAt: timestamp.nullable(),
    }),
    canAssign: z.boolean(),
    assignableReviewers: z.array(z.strictObject({ id: z.string(), name: z.string() })).nullable(),
    openThreads: z.int().min(0),
    commentableFields: z.array(z.strictObject({ path: z.string(), label: z.string() })),
    schedules: z.array(scheduledChangeSchema),
    canSchedule: z.strictObject({ publish: z.boolean(), withdraw: z.boolean() }),
    linked: z.array(linkedDocumentSchema).meta({
      description:
        'An article: its FAQs, comparison rows and references, which review and publication take along with includeLinked. Empty for the others.',
    }),
  })
  .meta({ id: 'WorkflowStatus' })

export const wordChangeSchema = z
  .strictObject({ op: z.enum(['same', 'added', 'removed']), text: z.string() })
  .meta({ id: 'WordChange' })

export const fieldChangeSchema = z
  .object({
    path: z.string().meta({ description: 'Where, as data: summary, keyPoints[2].text, body[4].' }),
    label: z.string().meta({
      description:
        'The change in words, from the field labels: "Key point 2 – Text", "Body – paragraph 4", "FAQ added: Can I drink alcohol?". Never an internal id.',
    }),
    kind: z.enum(['added', 'removed', 'changed', 'moved']),
    before: z.unknown(),
    after: z.unknown(),
    beforeText: z
      .string()
      .nullable()
      .meta({ description: 'What a reader sees in the signed version; null where nothing.' }),
    afterText: z
      .string()
      .nullable()
      .meta({ description: 'What a reader sees in the latest version; null where nothing.' }),
    clinical: z.boolean(),
    words: z.array(wordChangeSchema).optional().meta({
      description: 'For rewritten text: its words in reading order, kept, removed or added.',
    }),
  })
  .meta({ id: 'FieldChange' })

const signedBySchema = z.strictObject({
  signatureId: z.string(),
  versionId: z.string(),
  signedAt: timestamp,
  printedName: z.string(),
})

export const changesSinceSignOffSchema = z
  .strictObject({
    since: signedBySchema.nullable().meta({
      description:
        'The signature the changes are counted from: the last one, or for the second of two signatures the one before the pair (null: nothing was signed before).',
    }),
    firstOfPair: signedBySchema.nullable().meta({
      description:
        'High-risk content with the first of its two signatures: that signature. The second signer reviews the whole content.',
    }),
    reason: z.string().nullable().meta({
      description: 'Why the content changes since that signature, as the writer gave it.',
    }),
    changes: z.array(fieldChangeSchema),
  })
  .meta({ id: 'ChangesSinceSignOff' })

export const queueItemSchema = z
  .strictObject({
    collection,
    id: z.string(),
    title: z.string(),
    workflowState: z.string(),
    updatedAt: timestamp,
    nextReviewDue: timestamp.nullable().optional(),
    assignee: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
    dueAt: timestamp.nullable(),
    reviewReason: z
      .string()
      .nullable()
      .optional()
      .meta({ description: 'Why a re-review was requested before it was due.' }),
  })
  .meta({ id: 'ReviewQueueItem' })

export const reviewQueueSchema = z
  .strictObject({
    inReview: z.array(queueItemSchema),
    changesRequested: z.array(queueItemSchema),
    overdue: z.array(queueItemSchema),
  })
  .meta({ id: 'ReviewQueue' })
