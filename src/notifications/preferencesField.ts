import type { Field } from 'payload'

import { EMAIL_KINDS } from './kinds'

/** Each person's email switches, all on by default; admins see everyone's (who gets what). */
export const emailNotificationsField = (): Field => ({
  name: 'emailNotifications',
  type: 'group',
  label: 'Email notifications',
  admin: { description: 'Untick what you do not want by email. Webhooks are not affected.' },
  fields: EMAIL_KINDS.map(({ name, label }) => ({
    name,
    type: 'checkbox' as const,
    label,
    defaultValue: true,
  })),
})
