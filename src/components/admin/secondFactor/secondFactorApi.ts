import { errorMessages } from '../workflowApi'

export type SecondFactorStatus = {
  enrolled: boolean
  enrolledAt: null | string
  required: boolean
  recoveryCodesLeft: number
}

export type Enrolment = { secret: string; uri: string; qrCode: string }

export type Outcome<T> = { ok: true; value: T } | { ok: false; messages: string[] }

/** Calls `/api/users/second-factor…` (src/collections/Users/endpoints/secondFactor.ts). */
export const secondFactorCall = async <T>(
  api: string,
  path: string,
  body?: Record<string, string>,
): Promise<Outcome<T>> => {
  const response = await fetch(`${api}/users${path}`, {
    method: body ? 'POST' : 'GET',
    credentials: 'include',
    headers: body ? { 'Content-Type': 'application/json' } : undefined,
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = await response.json().catch(() => ({}))
  return response.ok ? { ok: true, value: json as T } : { ok: false, messages: errorMessages(json) }
}
