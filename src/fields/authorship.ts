import type { RelationshipField } from 'payload'

import { recordField } from './changeKind'

const stampedUser = (name: 'createdBy' | 'updatedBy', label: string): RelationshipField =>
  recordField({
    name,
    type: 'relationship',
    relationTo: 'users',
    label,
    // Only the stampAuthorship hook writes these; values sent by clients are dropped.
    access: { create: () => false, update: () => false },
    admin: {
      position: 'sidebar',
      readOnly: true,
      components: { Cell: '/components/admin/UserNameCell#UserNameCell' },
    },
  })

export const authorshipFields = (): RelationshipField[] => [
  stampedUser('createdBy', 'Created by'),
  stampedUser('updatedBy', 'Last edited by'),
]
