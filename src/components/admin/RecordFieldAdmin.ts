import type { Field } from 'payload'

/** The Field component that shows a record field as text (RecordField.tsx, through the import map). */
export const RECORD_FIELD_COMPONENT = '/components/admin/RecordField#RecordField'

/**
 * Shows a field the system writes (workflow state, authorship, review dates, the last signature)
 * as read-only text in the admin. Admin only: its access, hooks and API stay as they are.
 */
export const asRecordText = <F extends Field>(field: F): F =>
  ({
    ...field,
    admin: {
      ...field.admin,
      readOnly: true,
      components: {
        ...(field.admin as { components?: Record<string, unknown> } | undefined)?.components,
        Field: RECORD_FIELD_COMPONENT,
      },
    },
  }) as F
