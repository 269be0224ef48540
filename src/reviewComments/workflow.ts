import { noOpenThreads } from '../access/conditions'
import { item } from '../workflow/checklistItem'
import { registerPanelContribution } from '../workflow/panelContributions'
import { registerRequirement } from '../workflow/requirements'
import { REVIEWABLE_COLLECTIONS } from '../workflow/states'
import { openThreadCount } from './openThreads'

type ThreadFacts = { openThreads: number }

const threadsLabel = (open: number): string =>
  open === 0
    ? 'Every review comment thread is resolved'
    : `${open} review comment thread${open === 1 ? '' : 's'} still open: answer and resolve ${open === 1 ? 'it' : 'them'}`

/**
 * Review threads hold up sign-off and publication until resolved, and the panel shows how many
 * are open. Called once at start-up (src/features.ts); registering again changes nothing.
 */
export const registerReviewCommentsWithWorkflow = (): void => {
  registerRequirement<ThreadFacts>({
    name: 'review-threads',
    collections: REVIEWABLE_COLLECTIONS,
    load: async (req, { collection, doc }) => ({
      openThreads: doc.id ? await openThreadCount(req, collection, String(doc.id)) : 0,
    }),
    publish: {
      after: 'four-eyes',
      judge: ({ openThreads }) => [
        item('no-open-comments', threadsLabel(openThreads), [
          openThreads ? `open review comments: ${openThreads}` : undefined,
        ]),
      ],
    },
    signOff: ({ openThreads }) =>
      [noOpenThreads(openThreads)].filter((p): p is string => Boolean(p)),
  })
  registerPanelContribution('review-threads', async (req, collection, id) => ({
    openThreads: await openThreadCount(req, collection, id),
  }))
}
