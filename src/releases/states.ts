export const RELEASE_STATES = ['open', 'locked', 'published', 'failed', 'cancelled'] as const
export type ReleaseState = (typeof RELEASE_STATES)[number]

/** Items can be added or removed only while the release is open. */
export const EDITABLE_RELEASE_STATES: readonly ReleaseState[] = ['open']
/** A release publishes from these (a failed scheduled release can be tried again). */
export const PUBLISHABLE_RELEASE_STATES: readonly ReleaseState[] = ['open', 'locked', 'failed']
/** Done with: nothing about them changes any more. */
export const SETTLED_RELEASE_STATES: readonly ReleaseState[] = ['published', 'cancelled']
