'use client'

import type { KeyboardEvent } from 'react'

type Props = {
  autoComplete: 'current-password' | 'one-time-code'
  label: string
  name: string
  onChange: (value: string) => void
  onEnter: () => void
  value: string
}

/** An input inside the account form whose Enter runs its own step instead of saving the form. */
export const SecretInput = ({ autoComplete, label, name, onChange, onEnter, value }: Props) => {
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    onEnter()
  }
  return (
    <label className="second-factor__input">
      {label}
      <input
        autoComplete={autoComplete}
        inputMode={autoComplete === 'one-time-code' ? 'numeric' : undefined}
        name={name}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        type={autoComplete === 'current-password' ? 'password' : 'text'}
        value={value}
      />
    </label>
  )
}
