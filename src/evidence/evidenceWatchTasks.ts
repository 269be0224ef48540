import type { PayloadRequest, TaskConfig } from 'payload'

import type { WatchOutcome } from './watchRetractions'

import { watchDrugLabels } from './watchDrugLabels'
import { watchRetractions } from './watchRetractions'

export const EVIDENCE_QUEUE = 'evidence'

/** A service that could not answer leaves the job to be retried later, backing off. */
const RETRIES = { attempts: 5, backoff: { type: 'exponential' as const, delay: 10 * 60_000 } }

const watchTask = (
  slug: string,
  cron: string,
  watch: (req: PayloadRequest) => Promise<WatchOutcome>,
): TaskConfig<{ input: object; output: object }> => ({
  slug,
  schedule: [{ cron, queue: EVIDENCE_QUEUE }],
  retries: RETRIES,
  handler: async ({ req }) => {
    const outcome = await watch(req)
    if (outcome.failures.length) {
      throw new Error(
        `${outcome.failures.length} could not be checked (retried later): ${outcome.failures.join('; ')}`,
      )
    }
    return { output: { checked: outcome.checked, flagged: outcome.flagged.length } }
  },
})

/** Re-checks the cited works of published content for retractions (EVIDENCE_WATCH_CRON). */
export const watchRetractionsTask = (cron: string) =>
  watchTask('watchRetractions', cron, watchRetractions)

/** Compares each drug's DailyMed label with the versions signed against (EVIDENCE_WATCH_CRON). */
export const watchDrugLabelsTask = (cron: string) =>
  watchTask('watchDrugLabels', cron, watchDrugLabels)
