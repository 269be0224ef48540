'use client'

import type { JSONFieldClientProps } from 'payload'

import { FieldDescription, FieldLabel, useField } from '@payloadcms/ui'

const isEmpty = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  (Array.isArray(value) && !value.length) ||
  (typeof value === 'object' && !Object.keys(value).length)

/**
 * A JSON field shown as formatted text. Payload's own JSON field is a Monaco code editor, which
 * @monaco-editor/loader fetches from cdn.jsdelivr.net at run time: the admin would depend on a
 * third party (and fail offline). The fields using this are written by the CMS, never by hand.
 */
export const ReadOnlyJson = ({ field, path }: JSONFieldClientProps) => {
  const { value } = useField<unknown>({ path })
  const description = field.admin?.description
  return (
    <div className="field-type read-only-json" data-testid={`read-only-json-${path}`}>
      <FieldLabel label={field.label ?? field.name} path={path} />
      {isEmpty(value) ? (
        <p className="read-only-json__empty">None</p>
      ) : (
        <pre className="read-only-json__value" tabIndex={0}>
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
      {description ? <FieldDescription description={description} path={path} /> : null}
    </div>
  )
}
