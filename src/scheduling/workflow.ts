import { registerPanelContribution } from '../workflow/panelContributions'
import { scheduledChanges } from './scheduledChanges'

/**
 * The panel lists the document's pending schedules. Called once at start-up (src/features.ts);
 * registering again changes nothing. Scheduling's routes are composed with the core's there too.
 */
export const registerSchedulingWithWorkflow = (): void => {
  registerPanelContribution('schedules', async (req, collection, id) => ({
    schedules: await scheduledChanges(req, collection, id),
  }))
}
