import type { Field, FlattenedField } from 'payload'

/**
 * What a change to a field means for the medical review, declared where the field is defined:
 * - clinical: part of the signed content; any change voids the sign-off (the default, so an
 *   undeclared or unknown field is clinical);
 * - editorial: what readers see but a pharmacist does not sign (SEO metadata); publishable by an
 *   editor on top of a valid sign-off;
 * - record: written by the system about the document (workflow, authorship, computed values).
 */
export type ChangeKind = 'clinical' | 'editorial' | 'record'

/** Fields Payload adds itself (ids, timestamps, draft status): records, never declared by us. */
const PAYLOAD_RECORD_FIELDS = new Set(['id', '_status', 'createdAt', 'updatedAt'])

const declare = <F extends Field>(kind: ChangeKind, field: F): F =>
  ({ ...field, custom: { ...field.custom, changeKind: kind } }) as F

export const editorial = <F extends Field>(field: F): F => declare('editorial', field)

export const recordField = <F extends Field>(field: F): F => declare('record', field)

export const changeKindOf = (field: FlattenedField): ChangeKind => {
  if (PAYLOAD_RECORD_FIELDS.has(field.name)) return 'record'
  const declared = (field.custom as { changeKind?: unknown } | undefined)?.changeKind
  return declared === 'editorial' || declared === 'record' ? declared : 'clinical'
}
