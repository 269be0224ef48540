import type { Field, FieldHook } from 'payload'

// Not read access `false`: the admin hides a field its user cannot read, and editors type here.
const neverShown: FieldHook = () => null

/**
 * What a change of the drug's facts is signed with, sent beside `facts` on the same save and
 * stored nowhere (virtual): the reason goes into the audit, the password and code are checked
 * and dropped (requireSignedFactsChange).
 */
export const factsSignatureFields = (): Field[] => [
  {
    name: 'factsChangeReason',
    type: 'textarea',
    virtual: true,
    label: 'Reason for the change of facts',
    maxLength: 500,
    admin: {
      description: 'Required when you change the drug facts, e.g. "New FDA label"',
    },
  },
  {
    name: 'signerPassword',
    type: 'text',
    virtual: true,
    label: 'Your password (signs the change of facts)',
    hooks: { afterRead: [neverShown] },
    admin: {
      description: 'Required when you change the drug facts: signing needs your password again',
      components: { Field: '/components/admin/SignerPasswordField#SignerPasswordField' },
    },
  },
  {
    name: 'signerTotp',
    type: 'text',
    virtual: true,
    label: 'Your authenticator code (when you have two-factor authentication)',
    hooks: { afterRead: [neverShown] },
  },
]
