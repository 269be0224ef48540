import type { PayloadRequest } from 'payload'

import type { ReviewableCollection, WorkflowState } from '../states'

/** What every workflow action gets (REST endpoint, GraphQL mutation, seed) and what it answers. */
export type ActionInput = {
  req: PayloadRequest
  collection: ReviewableCollection
  id: string
  body: unknown
}

export type LinkedOutcome = {
  collection: ReviewableCollection
  id: string
  title: string
  state: string
  done: boolean
  reason?: string
}

export type ActionResult = {
  collection: ReviewableCollection
  id: string
  state: WorkflowState
  message: string
  signatureId?: string
  linked?: LinkedOutcome[]
  scheduleId?: string
  scheduledAt?: string
}
