import { z } from 'zod'

import { REVIEWABLE_COLLECTIONS, WORKFLOW_STATES } from '../workflow/states'

/** What the release endpoints answer (their OpenAPI document is generated from these). */

export const releaseSchema = z
  .looseObject({
    id: z.string(),
    title: z.string(),
    state: z.enum(['open', 'locked', 'published', 'failed', 'cancelled']).nullable().optional(),
    publishAt: z.string().nullable().optional(),
    items: z
      .array(
        z.looseObject({
          collectionSlug: z.enum(REVIEWABLE_COLLECTIONS),
          documentId: z.string(),
          title: z.string().nullable().optional(),
        }),
      )
      .nullable()
      .optional(),
  })
  .meta({ id: 'Release', description: 'A release document, as GET /api/releases/{id} returns it.' })

export const itemOutcomeSchema = z.object({
  collection: z.enum(REVIEWABLE_COLLECTIONS),
  id: z.string(),
  title: z.string(),
  pinned: z.boolean(),
  note: z.string().optional(),
})

const words = (description: string) => z.string().meta({ description })

export const releaseCheckSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    state: z.string(),
    ready: z.boolean(),
    publishBlockedBy: z.array(z.string()).meta({
      description: 'Why a publish would be refused now, one line each; empty when ready.',
    }),
    items: z.array(
      z.object({
        collection: z.enum(REVIEWABLE_COLLECTIONS),
        collectionLabel: words('The collection as the admin names it ("FAQ")'),
        id: z.string(),
        title: z.string(),
        workflowState: z.enum(WORKFLOW_STATES),
        stateWords: words('Where its review stands, in words'),
        pinned: z.object({ signature: z.string(), versionId: z.string() }).nullable(),
        blockers: z.array(
          z.object({
            requirement: z.string(),
            label: words("The publish checklist's line"),
            message: words('What stops it going live, and what to do'),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'ReleaseCheck' })

export const releaseCandidatesSchema = z
  .object({
    results: z.array(
      z.object({
        collection: z.enum(REVIEWABLE_COLLECTIONS),
        collectionLabel: z.string(),
        id: z.string(),
        title: z.string(),
        workflowState: z.enum(WORKFLOW_STATES),
        stateWords: z.string(),
        inRelease: z.boolean(),
        nothingNew: z
          .boolean()
          .meta({ description: 'Its latest version is live: there is nothing to release.' }),
      }),
    ),
    more: z
      .array(
        z.object({
          collection: z.enum(REVIEWABLE_COLLECTIONS),
          collectionLabel: z.string(),
          shown: z.int().min(0),
          total: z.int().min(0),
        }),
      )
      .meta({
        description:
          'The collections with more matching documents than the results show: narrow the search (more words, a collection or a state) to see them.',
      }),
  })
  .meta({ id: 'ReleaseCandidates' })

export const releaseParams = z.object({ id: z.string().meta({ description: 'The release id' }) })

export const withRelease = z.object({ release: releaseSchema })
