import type { CollectionConfig } from 'payload'

import { AUDIT_REVIEW_ENDPOINTS } from '../../auditReview/routes'
import { READ_ONLY_JSON_FIELD } from '../../components/admin/ReadOnlyJsonField'
import { appendOnlyEvidence } from '../../hooks/appendOnly'
import { AUDIT_ACTIONS } from '../../workflow/audit'
import { auditExportEndpoint } from './auditExportEndpoint'

/** Every workflow transition, signature, refused publish and failed re-authentication. */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  access: appendOnlyEvidence.access,
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['at', 'action', 'actor', 'collectionSlug', 'documentId'],
    group: 'Review',
  },
  labels: { singular: 'Audit entry', plural: 'Audit log' },
  // The CSV export, and the audit-trail review QA signs (src/auditReview/).
  endpoints: [auditExportEndpoint, ...AUDIT_REVIEW_ENDPOINTS],
  fields: [
    { name: 'action', type: 'select', required: true, options: [...AUDIT_ACTIONS], index: true },
    { name: 'actor', type: 'relationship', relationTo: 'users' },
    {
      name: 'at',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'collectionSlug', type: 'text', index: true },
    { name: 'documentId', type: 'text', index: true },
    { name: 'versionId', type: 'text' },
    { name: 'contentHash', type: 'text' },
    { name: 'comment', type: 'textarea' },
    { name: 'details', type: 'json', admin: { components: READ_ONLY_JSON_FIELD } },
  ],
  hooks: appendOnlyEvidence.hooks,
}
