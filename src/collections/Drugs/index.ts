import type { CollectionConfig } from 'payload'

import { contentWriters, editorsAndAdmins, isAdmin } from '../../access/roles'
import { rematerializePagesOnChange } from '../../hooks/rematerializePages'
import { factsField } from './factsField'
import { factsSignatureFields } from './factsSignatureFields'
import { auditFactsChange } from './hooks/auditFactsChange'
import { refuseFactsChangeByOthers } from './hooks/refuseFactsChangeByOthers'
import { rememberKnownNames } from './hooks/rememberKnownNames'
import { requireSignedFactsChange } from './hooks/requireSignedFactsChange'
import { validateDailyMedSetId } from './validateDailyMedSetId'
import { validateDrugName, validateDrugSynonyms } from './validateUniqueNames'

/**
 * The drugs content is about. Articles, FAQs and comparison rows relate to a drug rather than
 * naming it in free text, so a drug-wide re-review finds everything about it however it was
 * written. Drug names are public (pages print them). Its facts (the numbers every page about it
 * must agree on) are set by editors and signed: src/drugs/facts/ and the hooks below.
 */
export const Drugs: CollectionConfig = {
  slug: 'drugs',
  access: {
    read: () => true,
    create: contentWriters,
    update: editorsAndAdmins,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'synonyms', 'dailyMedSetId', 'rxNormCode'],
    group: 'Content',
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      validate: validateDrugName,
      admin: { description: 'The generic (INN) name, e.g. baclofen' },
    },
    {
      name: 'synonyms',
      type: 'text',
      hasMany: true,
      validate: validateDrugSynonyms,
      admin: { description: 'Brand names and other spellings, e.g. Lioresal, Ozobax' },
    },
    {
      name: 'dailyMedSetId',
      type: 'text',
      label: 'DailyMed set id',
      validate: validateDailyMedSetId,
      admin: { description: 'The SPL set id of the drug label on DailyMed (a UUID)' },
    },
    { name: 'rxNormCode', type: 'text', label: 'RxNorm code (RXCUI)' },
    {
      name: 'newToMarket',
      type: 'checkbox',
      label: 'New to market',
      defaultValue: false,
      admin: {
        description:
          'Content about a new drug is high risk: two pharmacists sign it, one a specialist.',
      },
    },
    factsField(),
    ...factsSignatureFields(),
    {
      name: 'knownNames',
      type: 'text',
      hasMany: true,
      index: true,
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
    },
  ],
  // A facts change: refused for anyone but editors and admins, signed, then audited.
  hooks: {
    beforeOperation: [refuseFactsChangeByOthers],
    beforeChange: [rememberKnownNames, requireSignedFactsChange],
    afterChange: [auditFactsChange, rematerializePagesOnChange],
  },
}
