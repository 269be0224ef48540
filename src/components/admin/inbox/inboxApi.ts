import { errorMessages } from '../workflowApi'

const send = async (url: string, body: { read: boolean }): Promise<void> => {
  const response = await fetch(url, {
    method: 'PATCH',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(errorMessages(await response.json()).join(' '))
}

/** Marks one of the caller's notifications read or unread (Payload's own update, their access). */
export const markNotification = (api: string, id: string, read: boolean): Promise<void> =>
  send(`${api}/notifications/${encodeURIComponent(id)}`, { read })

/** Marks every unread notification of the caller read: the access rule keeps it to their own. */
export const markAllNotificationsRead = (api: string): Promise<void> =>
  send(`${api}/notifications?where[read][equals]=false`, { read: true })
