import type { ActionInput } from './types'

/** Writes workflow fields, which only the workflow may write, as a new version. */
export const writeWorkflowFields = async (
  input: Pick<ActionInput, 'req' | 'collection' | 'id'>,
  data: Record<string, unknown>,
  options: { draft: boolean; context?: Record<string, unknown> },
): Promise<void> => {
  await input.req.payload.update({
    collection: input.collection,
    id: input.id,
    data,
    draft: options.draft,
    context: options.context,
    overrideAccess: true,
    req: input.req,
  })
}
