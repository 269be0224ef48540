import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '../access/roles'
import { WEBHOOK_EVENTS } from '../webhooks/events'

/** One entry per delivery attempt, written by the delivery job. */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  admin: {
    defaultColumns: ['at', 'webhook', 'event', 'outcome', 'responseStatus', 'attempt'],
    group: 'Delivery',
  },
  fields: [
    { name: 'webhook', type: 'relationship', relationTo: 'webhooks', required: true },
    { name: 'event', type: 'select', options: [...WEBHOOK_EVENTS], required: true },
    { name: 'collectionSlug', type: 'text' },
    { name: 'documentId', type: 'text' },
    { name: 'attempt', type: 'number', required: true },
    { name: 'outcome', type: 'select', options: ['delivered', 'failed'], required: true },
    { name: 'responseStatus', type: 'number' },
    { name: 'error', type: 'text' },
    {
      name: 'at',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
