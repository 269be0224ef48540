import type { CollectionConfig } from 'payload'

import { nobody } from '../../access/roles'
import { INBOX_DOCUMENT_COLLECTIONS } from '../../notifications/inboxEntry'
import { ownNotificationsOnly } from './access'
import { stampReadAt } from './hooks/stampReadAt'

const writtenByTheServer = { create: () => false, update: () => false }

/**
 * The in-app inbox: one notification per person for every event that would email them (whether or
 * not they take the email), and for @mentions. Only the CMS writes them; each person reads theirs
 * and marks them read or unread. The admin shows them at /admin/inbox.
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  access: {
    read: ownNotificationsOnly,
    update: ownNotificationsOnly,
    create: nobody,
    delete: nobody,
  },
  admin: { hidden: true, useAsTitle: 'message' },
  defaultSort: '-createdAt',
  // The inbox and the unread count read one person's notifications, newest first.
  indexes: [{ fields: ['recipient', 'read', 'createdAt'] }],
  fields: [
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      access: writtenByTheServer,
    },
    { name: 'subject', type: 'text', required: true, access: writtenByTheServer },
    {
      name: 'message',
      type: 'text',
      required: true,
      access: writtenByTheServer,
      admin: { description: 'What happened, in a sentence: "Ana Writer submitted …".' },
    },
    {
      name: 'comment',
      type: 'textarea',
      access: writtenByTheServer,
      admin: { description: 'The comment, reason or note the action carried.' },
    },
    {
      name: 'documentCollection',
      type: 'select',
      options: [...INBOX_DOCUMENT_COLLECTIONS],
      access: writtenByTheServer,
    },
    { name: 'documentId', type: 'text', access: writtenByTheServer },
    { name: 'read', type: 'checkbox', defaultValue: false, index: true },
    { name: 'readAt', type: 'date', access: writtenByTheServer },
  ],
  hooks: { beforeChange: [stampReadAt] },
}
