import type { Field } from 'payload'

import { recordField } from '../fields/changeKind'

/**
 * Why the content changes since its last signature: required for a clinical change of content a
 * pharmacist signed or that is live (requireChangeReason), kept in each version, cleared when the
 * next signature takes it along. Not part of what is signed.
 */
export const changeReasonField = (): Field =>
  recordField({
    name: 'changeReason',
    type: 'textarea',
    label: 'Reason for the change',
    maxLength: 500,
    admin: {
      position: 'sidebar',
      description:
        'Required when you change content a pharmacist signed or that is live: why it changes (e.g. "New FDA dosing guidance"). The pharmacist reads it beside the changes.',
    },
  })
