import { z } from 'zod'

import { REVIEWABLE_COLLECTIONS } from '../workflow/states'

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

export const releaseCheckSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    state: z.string(),
    ready: z.boolean(),
    items: z.array(
      z.object({
        collection: z.enum(REVIEWABLE_COLLECTIONS),
        id: z.string(),
        title: z.string(),
        pinned: z.object({ signature: z.string(), versionId: z.string() }).nullable(),
        blockers: z.array(z.unknown()),
      }),
    ),
  })
  .meta({ id: 'ReleaseCheck' })

export const releaseParams = z.object({ id: z.string().meta({ description: 'The release id' }) })

export const withRelease = z.object({ release: releaseSchema })
