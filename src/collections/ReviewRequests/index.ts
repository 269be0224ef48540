import type { CollectionConfig } from 'payload'

import { editorsAndAdmins, isStaff, nobody } from '../../access/roles'
import { READ_ONLY_JSON_FIELD } from '../../components/admin/ReadOnlyJsonField'
import { refuseDeletes, refuseUpdates } from '../../hooks/appendOnly'
import { existingRelation } from '../../validation/existingRelation'
import { flagDocumentsOnCreate, stampRequester } from './hooks/flagDocuments'

const writtenByTheRequest = { create: () => false, update: () => false }

/**
 * A drug-wide re-review request: every published document about the drug is due for review now,
 * with the reason. Editors and admins ask; the request is kept as it was made.
 */
export const ReviewRequests: CollectionConfig = {
  slug: 'review-requests',
  access: {
    read: isStaff,
    create: editorsAndAdmins,
    update: nobody,
    delete: nobody,
  },
  admin: {
    useAsTitle: 'reason',
    defaultColumns: ['drug', 'reason', 'requestedBy', 'requestedAt'],
    group: 'Review',
  },
  fields: [
    {
      name: 'drug',
      type: 'relationship',
      relationTo: 'drugs',
      required: true,
      validate: existingRelation('drugs', {
        missing: 'Choose the drug whose documents need a re-review',
        notOne: 'Choose one drug by its id: a request is about a single drug',
        unknown: (value) =>
          `No drug has the id "${value}": choose the drug by its id, not its name`,
      }),
    },
    {
      name: 'reason',
      type: 'textarea',
      required: true,
      validate: (value: unknown) => {
        if (typeof value !== 'string' || !value.trim()) return 'Give the reason for the re-review'
        return value.length <= 2000 || 'Keep the reason under 2000 characters'
      },
      admin: { description: 'Why: e.g. "FDA label change: new boxed warning (2026-11-20)"' },
    },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: 'users',
      access: writtenByTheRequest,
      admin: { readOnly: true },
    },
    { name: 'requestedAt', type: 'date', access: writtenByTheRequest, admin: { readOnly: true } },
    {
      name: 'affectedDocuments',
      type: 'json',
      access: writtenByTheRequest,
      admin: {
        readOnly: true,
        description: 'The published documents marked for re-review.',
        components: READ_ONLY_JSON_FIELD,
      },
    },
  ],
  hooks: {
    beforeChange: [refuseUpdates, stampRequester],
    afterChange: [flagDocumentsOnCreate],
    beforeDelete: [refuseDeletes],
  },
}
