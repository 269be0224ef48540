type Saved = { _status?: unknown; workflowState?: unknown } | undefined

/** Whether a save took the document live or withdrew it (a draft save does neither). */
export const publicationChange = (
  doc: Saved,
  previousDoc: Saved,
): 'publish' | 'withdraw' | undefined => {
  if (doc?._status === 'published' && previousDoc?._status !== 'published') return 'publish'
  if (doc?.workflowState === 'withdrawn' && previousDoc?.workflowState !== 'withdrawn')
    return 'withdraw'
  return undefined
}
