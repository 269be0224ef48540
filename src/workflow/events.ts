import type { PayloadRequest } from 'payload'

import type { ReviewableDoc } from './documents'
import type { ReviewableCollection } from './states'

type About = { collection: ReviewableCollection; doc: Partial<ReviewableDoc> & { id: string } }

/** What happened in the workflow, as the features that tell people about it hear it. */
export type WorkflowEvent = About &
  (
    | { name: 'submitted'; comment?: string }
    | { name: 'assigned'; assignee: string }
    | { name: 'changes-requested'; comment: string; field?: string }
    | { name: 'signed-off'; meaning: string; linkedSigned: number }
    /** High-risk content got the first of its two signatures; it stays in review for the second. */
    | { name: 'first-of-two-signed'; signerId: string; specialistNeeded: boolean }
    /** The live version changed, on any path (the save's afterChange). */
    | { name: 'published' }
    | { name: 'withdrawn' }
  )

export type WorkflowEventName = WorkflowEvent['name']
export type WorkflowEventOf<Name extends WorkflowEventName> = Extract<WorkflowEvent, { name: Name }>
export type WorkflowListener<Name extends WorkflowEventName> = (
  req: PayloadRequest,
  event: WorkflowEventOf<Name>,
) => Promise<void>

type AnyListener = (req: PayloadRequest, event: WorkflowEvent) => Promise<void>

const LISTENERS = new Map<WorkflowEventName, AnyListener[]>()

/**
 * Subscribes a feature (notifications, webhooks) at start-up (src/features.ts). The same listener
 * registered again (another Payload instance in the process) is kept once: nothing is sent twice.
 */
export const onWorkflowEvent = <Name extends WorkflowEventName>(
  name: Name,
  listener: WorkflowListener<Name>,
): void => {
  const listeners = LISTENERS.get(name) ?? []
  const stored = listener as AnyListener
  if (!listeners.includes(stored)) LISTENERS.set(name, [...listeners, stored])
}

/** Who listens to `name`, in the order they are told (for the registration spec). */
export const listenersOf = (name: WorkflowEventName): readonly AnyListener[] =>
  LISTENERS.get(name) ?? []

/**
 * Tells the listeners, one after the other in registration order, inside the action's (or the
 * save's) transaction: what they queue (emails, webhook deliveries) is rolled back with it.
 */
export const emitWorkflowEvent = async (
  req: PayloadRequest,
  event: WorkflowEvent,
): Promise<void> => {
  for (const listener of LISTENERS.get(event.name) ?? []) {
    await listener(req, event)
  }
}
