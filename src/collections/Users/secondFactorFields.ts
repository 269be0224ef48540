import type { Field, FieldAccess } from 'payload'

const nobody: FieldAccess = () => false
const hiddenFromEveryone = { read: nobody, create: nobody, update: nobody }

const hidden = (name: string, type: 'json' | 'number' | 'text'): Field =>
  ({ name, type, hidden: true, access: hiddenFromEveryone }) as Field

/**
 * The account's second factor (src/auth/secondFactor/): the authenticator secret sealed with
 * PAYLOAD_SECRET, the last code step used, the recovery codes' hashes. No API reads or writes
 * them; `totpEnrolledAt` says whether it is on, and the panel sets it up or (admins) resets it.
 */
export const secondFactorFields = (): Field[] => [
  hidden('totpSecret', 'text'),
  hidden('totpPendingSecret', 'text'),
  hidden('totpLastStep', 'number'),
  hidden('totpRecoveryCodes', 'json'),
  {
    name: 'totpEnrolledAt',
    type: 'date',
    label: 'Two-factor authentication on since',
    access: { create: nobody, update: nobody },
    admin: {
      position: 'sidebar',
      readOnly: true,
      components: { Field: '/components/admin/secondFactor/SecondFactorPanel#SecondFactorPanel' },
    },
  },
]
