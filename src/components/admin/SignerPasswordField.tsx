'use client'

import type { TextFieldClientProps } from 'payload'

import { FieldLabel, useField } from '@payloadcms/ui'

/** A masked input for the password that signs a change of a drug's facts. */
export const SignerPasswordField = ({ field, path }: TextFieldClientProps) => {
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
      <p className="field-description">
        Needed when you change the drug facts: signing needs your password again.
      </p>
    </div>
  )
}
