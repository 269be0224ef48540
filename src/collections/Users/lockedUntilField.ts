import type { CollectionBeforeReadHook, Field } from 'payload'

import { isAdminField } from '../../access/roles'
import { isLocked } from '../../auth/failedLogins'

/**
 * Payload keeps the lock in `lockUntil`, a hidden field that stays set after the lock ran out; the
 * user list shows admins this one instead: set while the account is locked, empty otherwise.
 */
export const lockedUntilField = (): Field => ({
  name: 'lockedUntil',
  type: 'date',
  virtual: true,
  label: 'Locked until',
  access: { read: isAdminField, create: () => false, update: () => false },
  admin: {
    readOnly: true,
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime' },
    description:
      'Locked after too many failed sign-in attempts; the owner was emailed. Unlock it to let them in sooner.',
    condition: (data) => Boolean(data?.lockedUntil),
  },
})

/** Reads the stored lock before Payload hides `lockUntil` from the answer. */
export const deriveLockedUntil: CollectionBeforeReadHook = ({ doc }) => {
  const { lockUntil } = doc as { lockUntil?: null | string }
  return { ...doc, lockedUntil: lockUntil && isLocked({ lockUntil }) ? lockUntil : null }
}
