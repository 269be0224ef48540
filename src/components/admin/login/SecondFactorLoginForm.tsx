'use client'

import { type FormEvent, useState } from 'react'

import { Button } from '@payloadcms/ui'

import './secondFactorLogin.scss'

type Props = { apiRoute: string; forgotHref: string; redirectTo: string }

type LoginAnswer = {
  errors?: { message?: string; data?: { secondFactor?: string } | null }[]
}

const TextInput = (props: {
  autoComplete: string
  id: string
  inputMode?: 'numeric' | 'text'
  label: string
  onChange: (value: string) => void
  type: 'email' | 'password' | 'text'
  value: string
  autoFocus?: boolean
}) => (
  <div className={`field-type ${props.type === 'password' ? 'password' : 'text'}`}>
    <label className="field-label" htmlFor={props.id}>
      {props.label}
    </label>
    <div className="field-type__wrap">
      <input
        autoComplete={props.autoComplete}
        autoFocus={props.autoFocus}
        id={props.id}
        inputMode={props.inputMode}
        name={props.id.replace(/^field-/, '')}
        onChange={(event) => props.onChange(event.target.value)}
        required
        type={props.type}
        value={props.value}
      />
    </div>
  </div>
)

/** Email and password; then the authenticator code when the account has a second factor. */
export const SecondFactorLoginForm = ({ apiRoute, forgotHref, redirectTo }: Props) => {
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [code, setCode] = useState('')
  const [askCode, setAskCode] = useState(false)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      const response = await fetch(`${apiRoute}/users/login`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password, ...(askCode ? { totp: code } : {}) }),
      })
      if (response.ok) {
        window.location.assign(redirectTo)
        return
      }
      const answer = (await response.json().catch(() => ({}))) as LoginAnswer
      const refusal = answer.errors?.[0]
      if (refusal?.data?.secondFactor === 'missing' && !askCode) {
        setAskCode(true)
        return
      }
      setCode('')
      setError(refusal?.message ?? 'Signing in failed. Try again.')
    } catch {
      setError('The CMS could not be reached. Check your connection and try again.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="second-factor-login__form" onSubmit={submit}>
      {askCode ? (
        <div>
          <p>Enter the 6-digit code your authenticator app shows for MedReview CMS.</p>
          <TextInput
            autoComplete="one-time-code"
            autoFocus
            id="field-totp"
            inputMode="numeric"
            label="Authentication code"
            onChange={setCode}
            type="text"
            value={code}
          />
          <p className="field-description">
            Lost your device? Enter one of your recovery codes instead (like 7KQ2M-XW9RT), or ask an
            admin to reset your two-factor authentication.
          </p>
        </div>
      ) : (
        <>
          <TextInput
            autoComplete="email"
            id="field-email"
            label="Email"
            onChange={setEmail}
            type="email"
            value={email}
          />
          <TextInput
            autoComplete="current-password"
            id="field-password"
            label="Password"
            onChange={setPassword}
            type="password"
            value={password}
          />
        </>
      )}
      {error ? (
        <p className="second-factor-login__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="second-factor-login__actions">
        <Button buttonStyle="primary" disabled={busy} size="large" type="submit">
          {askCode ? 'Verify and sign in' : 'Login'}
        </Button>
        {askCode ? (
          <Button
            buttonStyle="secondary"
            onClick={() => {
              setAskCode(false)
              setCode('')
              setError(undefined)
            }}
            size="large"
            type="button"
          >
            Back
          </Button>
        ) : (
          <a href={forgotHref}>Forgot password?</a>
        )}
      </div>
    </form>
  )
}
