import type { ChangesSinceSignOff } from '../../workflow/changes/changesSince'
import type { WorkflowStatus } from '../../workflow/status'
import type { ReviewableRoute } from '../../features'

type ErrorBody = {
  errors?: {
    message?: string
    data?: { requirements?: string[]; errors?: { message?: string }[] }
  }[]
}

/** Every message in a Payload error response: the gate's requirements, field errors, or the message. */
export const errorMessages = (body: ErrorBody): string[] => {
  const messages = (body.errors ?? []).flatMap(
    (error) =>
      error.data?.requirements ??
      error.data?.errors?.map((fieldError) => fieldError.message ?? '').filter(Boolean) ?? [
        error.message ?? '',
      ],
  )
  return messages.filter(Boolean).length
    ? messages.filter(Boolean)
    : ['Something went wrong. Try again.']
}

export const fetchWorkflowStatus = async (
  api: string,
  collection: string,
  id: string,
): Promise<WorkflowStatus> => {
  const response = await fetch(`${api}/${collection}/${id}/workflow`, { credentials: 'include' })
  if (!response.ok) throw new Error(errorMessages(await response.json()).join(' '))
  return response.json()
}

export const fetchChangesSinceSignOff = async (
  api: string,
  collection: string,
  id: string,
): Promise<ChangesSinceSignOff> => {
  const response = await fetch(`${api}/${collection}/${id}/workflow/changes`, {
    credentials: 'include',
  })
  if (!response.ok) throw new Error(errorMessages(await response.json()).join(' '))
  return response.json()
}

/**
 * The route of a declared workflow action, the core's (src/workflow/endpoints/actionEndpoints.ts)
 * or a feature's (src/features.ts): `sign-off`, `schedule`, …
 */
export type WorkflowRouteName = ReviewableRoute['route']

export type ActionOutcome =
  { ok: true; message: string; linked: LinkedOutcome[] } | { ok: false; messages: string[] }

type LinkedOutcome = { collection: string; title: string; done: boolean; reason?: string }

export const runWorkflowAction = async (
  api: string,
  collection: string,
  id: string,
  action: WorkflowRouteName,
  body: Record<string, boolean | string>,
  method: Uppercase<ReviewableRoute['method']> = 'POST',
): Promise<ActionOutcome> => {
  const response = await fetch(`${api}/${collection}/${id}/workflow/${action}`, {
    method,
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  const json = await response.json()
  return response.ok
    ? { ok: true, message: json.message, linked: json.linked ?? [] }
    : { ok: false, messages: errorMessages(json) }
}
