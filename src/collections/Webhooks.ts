import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/roles'
import { PUBLICATION_WEBHOOK_EVENTS, WEBHOOK_EVENTS } from '../webhooks/events'
import { validateWebhookUrl } from '../webhooks/validateWebhookUrl'

/** Where publications, withdrawals and re-review requests are announced, signed with each endpoint's own secret. */
export const Webhooks: CollectionConfig = {
  slug: 'webhooks',
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'events', 'active'],
    group: 'Delivery',
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'url',
      type: 'text',
      required: true,
      // Never an internal address (loopback, private network, cloud metadata): see webhookTarget.ts.
      validate: validateWebhookUrl,
      admin: {
        description: 'A public http(s) address; internal hosts need WEBHOOK_ALLOWED_HOSTS.',
      },
    },
    {
      name: 'secret',
      type: 'text',
      required: true,
      minLength: 16,
      // Write-only: it signs each delivery (X-Signature) and is never sent back.
      access: { read: () => false },
      admin: { description: 'At least 16 characters; the receiver verifies X-Signature with it.' },
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      options: [...WEBHOOK_EVENTS],
      // Review events are for the publisher's own tools (chat); a site subscribes to them by name.
      defaultValue: [...PUBLICATION_WEBHOOK_EVENTS],
    },
    { name: 'active', type: 'checkbox', defaultValue: true },
  ],
}
