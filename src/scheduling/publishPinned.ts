import type { PayloadRequest } from 'payload'

import { publishVersion } from '../workflow/publication/publishVersion'
import { type Pin, targetOf } from './pins'

/**
 * Publishes exactly the pinned snapshot, judged on its pinned signature, through the one
 * publication operation. A newer draft saved since stays a draft on top of it, in its own review.
 * Returns the id of the revision put back on top, if there was one.
 */
export const publishPinned = async (
  req: PayloadRequest,
  pin: Pin,
  {
    note,
    audit,
    via = 'release',
    now,
  }: { note?: string; audit: Record<string, unknown>; via?: 'schedule' | 'release'; now?: Date },
): Promise<{ restackedRevision?: string }> => {
  const { restackedRevision } = await publishVersion({
    req,
    target: targetOf(pin),
    note,
    via,
    audit,
    now,
  })
  return { restackedRevision }
}
