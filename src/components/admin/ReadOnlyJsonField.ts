/**
 * `admin.components` of a JSON field written only by the CMS: shown as formatted text
 * (ReadOnlyJson.tsx) instead of Payload's code editor, which loads Monaco from cdn.jsdelivr.net.
 */
export const READ_ONLY_JSON_FIELD = { Field: '/components/admin/ReadOnlyJson#ReadOnlyJson' }
