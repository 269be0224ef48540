import type { FieldAccess, GroupField, NumberFieldSingleValidation, SelectField } from 'payload'

import { isEditorOrAdmin } from '../../access/roles'
import { DOSE_UNITS } from '../../drugs/facts/units'

/** A write by anyone else is refused by refuseFactsChangeByOthers; this drops what slips past. */
export const editorsSetFacts: FieldAccess = ({ req }) => isEditorOrAdmin(req.user)

const positiveAmount: NumberFieldSingleValidation = (value) =>
  value === null || value === undefined || value > 0 ? true : 'Give an amount greater than 0'

const unitField = (): SelectField => ({
  name: 'unit',
  type: 'select',
  options: DOSE_UNITS.map((unit) => ({ label: unit, value: unit })),
  validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
    value || siblingData?.amount === null || siblingData?.amount === undefined
      ? true
      : 'Choose the unit of the amount',
})

/**
 * The numbers every page about the drug must agree on; the drug-facts pre-review check
 * (src/clinical/drugFacts/) compares what pages state with them. Signed like content: a change
 * needs a reason and the editor's password (requireSignedFactsChange) and is audited.
 */
export const factsField = (): GroupField => ({
  name: 'facts',
  type: 'group',
  label: 'Drug facts',
  access: { create: editorsSetFacts, update: editorsSetFacts },
  admin: {
    description:
      'Set by editors and admins, signed with a reason and your password. Pages about the drug that state another value are flagged for the pharmacist.',
  },
  fields: [
    {
      name: 'maxDailyDose',
      type: 'group',
      label: 'Maximum daily dose',
      fields: [
        { name: 'amount', type: 'number', validate: positiveAmount },
        unitField(),
        { name: 'note', type: 'text', maxLength: 200, admin: { description: 'e.g. adults' } },
      ],
    },
    {
      name: 'usualStartingDose',
      type: 'group',
      label: 'Usual starting dose',
      fields: [
        { name: 'amount', type: 'number', validate: positiveAmount },
        unitField(),
        {
          name: 'frequency',
          type: 'text',
          maxLength: 100,
          admin: { description: 'e.g. 3 times a day' },
        },
      ],
    },
    {
      name: 'boxedWarning',
      type: 'textarea',
      label: 'Boxed warning',
      maxLength: 2000,
      admin: { description: 'The label’s boxed warning, when the drug has one' },
    },
  ],
})
