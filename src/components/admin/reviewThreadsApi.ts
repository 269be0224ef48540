import type { ThreadRouteName } from '../../collections/ReviewComments/endpoints/threadStatus'

import type { MentionablePerson } from './mentionSuggestions'

import { errorMessages } from './workflowApi'

export type ReviewComment = {
  id: string
  thread?: string | null
  field?: string | null
  quote?: string | null
  comment: string
  /** The ids of the people it mentions (depth 0). */
  mentions?: (number | string)[] | null
  authorName?: string | null
  status?: 'open' | 'resolved' | null
  statusChangedByName?: string | null
  statusChangedAt?: string | null
  createdAt: string
}

/** `mentioned`: the ids of the people a saved comment mentions (they are notified). */
export type Outcome = { ok: true; mentioned: string[] } | { ok: false; messages: string[] }

const send = async (url: string, body: Record<string, unknown>): Promise<Outcome> => {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  const json = await response.json()
  if (!response.ok) return { ok: false, messages: errorMessages(json) }
  const mentions: unknown = json.doc?.mentions
  return { ok: true, mentioned: Array.isArray(mentions) ? mentions.map(String) : [] }
}

export const fetchMentionable = async (
  api: string,
  collection: string,
  id: string,
): Promise<MentionablePerson[]> => {
  const response = await fetch(`${api}/${collection}/${id}/workflow/mentionable`, {
    credentials: 'include',
  })
  if (!response.ok) throw new Error(errorMessages(await response.json()).join(' '))
  return (await response.json()).people
}

export const fetchComments = async (
  api: string,
  collection: string,
  id: string,
): Promise<ReviewComment[]> => {
  const query = new URLSearchParams({
    'where[collectionSlug][equals]': collection,
    'where[documentId][equals]': id,
    sort: 'createdAt',
    depth: '0',
    limit: '500',
  })
  const response = await fetch(`${api}/review-comments?${query}`, { credentials: 'include' })
  if (!response.ok) throw new Error(errorMessages(await response.json()).join(' '))
  return (await response.json()).docs
}

export const postComment = (api: string, body: Record<string, unknown>) =>
  send(`${api}/review-comments`, body)

export const changeThreadStatus = (api: string, threadId: string, to: ThreadRouteName) =>
  send(`${api}/review-comments/${threadId}/${to}`, {})
