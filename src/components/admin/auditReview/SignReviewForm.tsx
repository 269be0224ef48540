'use client'

import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'

import { ErrorList } from '../ErrorList'

type Props = { from: string; to: string }

type ErrorBody = {
  errors?: { message: string; data?: { errors?: { message: string }[] } }[]
}

const messagesOf = (body: ErrorBody): string[] =>
  (body.errors ?? []).flatMap((error) =>
    error.data?.errors?.length ? error.data.errors.map((field) => field.message) : [error.message],
  )

/** QA's signature on the period: the password again (and the authenticator code, if any). */
export const SignReviewForm = ({ from, to }: Props) => {
  const { config } = useConfig()
  const router = useRouter()
  const [errors, setErrors] = useState<string[]>([])
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    setErrors([])
    try {
      const response = await fetch(
        `${config.serverURL}${config.routes.api}/audit-log/review/sign`,
        {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            from,
            to,
            password: form.get('password'),
            ...(form.get('totp') ? { totp: form.get('totp') } : {}),
          }),
        },
      )
      if (response.ok) router.refresh()
      else setErrors(messagesOf((await response.json()) as ErrorBody))
    } catch {
      setErrors(['The CMS did not answer. Try again.'])
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="audit-review__sign" onSubmit={submit}>
      <h2>Sign this review</h2>
      <p>
        Your signature says you have read every change of {from} to {to}. Enter your password again
        to sign.
      </p>
      <label>
        Password
        <input autoComplete="current-password" name="password" required type="password" />
      </label>
      <label>
        Authenticator code (if you use two-factor authentication)
        <input autoComplete="one-time-code" inputMode="numeric" name="totp" type="text" />
      </label>
      <ErrorList errors={errors} />
      <Button disabled={busy} type="submit">
        Sign the review
      </Button>
    </form>
  )
}
