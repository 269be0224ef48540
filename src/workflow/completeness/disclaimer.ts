import type { BaseFacts } from '../publication/facts'

import { blocker, type Found, warning } from './finding'

/**
 * The publication refuses content without a published disclaimer (publication/judge.ts). The
 * writer attaches one; publishing a disclaimer is an editor's job, so that only warns.
 */
export const disclaimerFindings = (disclaimer: BaseFacts['disclaimer']): Found[] => {
  if (!disclaimer) return []
  if (!disclaimer.attached)
    return [
      blocker(
        'disclaimer',
        'Attach a medical disclaimer: it cannot be published without one',
        'disclaimer',
      ),
    ]
  if (!disclaimer.found)
    return [
      blocker('disclaimer', 'The attached disclaimer was deleted: choose another', 'disclaimer'),
    ]
  return disclaimer.published
    ? []
    : [
        warning(
          'disclaimer',
          `The disclaimer "${disclaimer.title}" is not published yet: an editor must publish it before this can go live`,
          'disclaimer',
        ),
      ]
}
