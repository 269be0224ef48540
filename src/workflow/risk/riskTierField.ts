import type { FieldAccess, SelectField } from 'payload'

import { isEditorOrAdmin } from '../../access/roles'
import { recordField } from '../../fields/changeKind'
import { auditRiskTierChange } from './auditRiskTierChange'

/** Like the other review fields, a write by anyone else is dropped silently (field access). */
const editorsSetIt: FieldAccess = ({ req }) => isEditorOrAdmin(req.user)

/**
 * High-risk content needs two pharmacists' signatures on the same content, one by a specialist.
 * Editors and admins set the tier; the rules in ./rules.ts raise it whatever it says. A record
 * field: the tier is about the review, not the signed content, so changing it voids nothing.
 */
export const riskTierField = (): SelectField =>
  recordField<SelectField>({
    name: 'riskTier',
    type: 'select',
    label: 'Risk tier',
    defaultValue: 'standard',
    options: [
      { label: 'Standard: one pharmacist signs', value: 'standard' },
      { label: 'High: two pharmacists sign, one a specialist', value: 'high' },
    ],
    access: { create: editorsSetIt, update: editorsSetIt },
    hooks: { afterChange: [auditRiskTierChange] },
    admin: {
      position: 'sidebar',
      description:
        'Set by editors. A boxed warning, dosing for children or a drug new to market make it high risk anyway.',
    },
  })
