'use client'

import type { TextFieldClientProps } from 'payload'

import { FieldLabel, useField } from '@payloadcms/ui'

/** A masked input for the current password, which changing one's own password or email needs. */
export const CurrentPasswordField = ({ field, path }: TextFieldClientProps) => {
  const { value, setValue } = useField<string>({ path })
  return (
    <div className="field-type password">
      <FieldLabel label={field.label} path={path} />
      <div className="field-type__wrap">
        <input
          autoComplete="current-password"
          id={`field-${path}`}
          name={path}
          onChange={(event) => setValue(event.target.value)}
          type="password"
          value={value ?? ''}
        />
      </div>
      <p className="field-description">Needed to change your own password or email.</p>
    </div>
  )
}
