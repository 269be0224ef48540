import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import type { workflowStatusSchema } from './apiSchemas'
import type { ReviewableCollection } from './states'

import { keyedRegistry } from './keyedRegistry'

/** The parts of the workflow panel a feature fills in: its open threads, its schedules. */
export type PanelContribution = Partial<
  Pick<z.infer<typeof workflowStatusSchema>, 'openThreads' | 'schedules'>
>

type Contributor = (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
) => Promise<PanelContribution>

const CONTRIBUTORS = keyedRegistry<Contributor>()

/** Registered at start-up (src/features.ts); asked for every panel status (status.ts). */
export const registerPanelContribution = CONTRIBUTORS.register

/** What the registered features show on the panel, with nothing to show where none is registered. */
export const panelContributions = async (
  req: PayloadRequest,
  collection: ReviewableCollection,
  id: string,
): Promise<Required<PanelContribution>> => {
  let shown: Required<PanelContribution> = { openThreads: 0, schedules: [] }
  for (const contribute of CONTRIBUTORS.entries()) {
    shown = { ...shown, ...(await contribute(req, collection, id)) }
  }
  return shown
}
