'use client'

import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'

import { ErrorList } from '../ErrorList'

/** `periodLabel`: the period in words, "1 November 2026 to 30 November 2026". */
type Props = { from: string; to: string; periodLabel: string }

type ErrorBody = {
  errors?: { message: string; data?: { errors?: { message: string }[] } }[]
}

const messagesOf = (body: ErrorBody): string[] =>
  (body.errors ?? []).flatMap((error) =>
    error.data?.errors?.length ? error.data.errors.map((field) => field.message) : [error.message],
  )

/** QA's signature on the period: the password again (and the authenticator code, if any). */
export const SignReviewForm = ({ from, to, periodLabel }: Props) => {
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
    <form
      aria-labelledby="audit-review-sign-heading"
      className="audit-review__sign"
      onSubmit={submit}
    >
      <h2 id="audit-review-sign-heading">Sign this review</h2>
      <p>
        Your signature says you have read every change of {periodLabel}. Enter your password again
        to sign.
      </p>
      <div className="audit-review__field">
        <label htmlFor="audit-review-password">Password</label>
        <input
          autoComplete="current-password"
          id="audit-review-password"
          name="password"
          required
          type="password"
        />
      </div>
      <div className="audit-review__field">
        <label htmlFor="audit-review-totp">Authenticator code</label>
        <input
          aria-describedby="audit-review-totp-hint"
          autoComplete="one-time-code"
          id="audit-review-totp"
          inputMode="numeric"
          name="totp"
          type="text"
        />
        <p className="audit-review__hint" id="audit-review-totp-hint">
          If you use two-factor authentication: the 6-digit code your app shows now, or a recovery
          code.
        </p>
      </div>
      <ErrorList errors={errors} />
      <Button disabled={busy} type="submit">
        Sign the review
      </Button>
    </form>
  )
}
