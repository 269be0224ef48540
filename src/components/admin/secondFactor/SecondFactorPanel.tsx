'use client'

import type { DateFieldClientProps } from 'payload'

import { Button, toast, useAuth, useConfig, useDocumentInfo, useField } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { whenInWords } from '../../../shared/whenInWords'
import { ErrorList } from '../ErrorList'
import { RecoveryCodes } from './RecoveryCodes'
import { SecretInput } from './SecretInput'
import {
  type Enrolment,
  type Outcome,
  type SecondFactorStatus,
  secondFactorCall,
} from './secondFactorApi'
import './secondFactor.scss'

type Step =
  | { name: 'idle' }
  | { name: 'password'; purpose: 'enrol' | 'renew' }
  | { name: 'scan'; enrolment: Enrolment }
  | { name: 'codes'; codes: string[] }

/** The account's own set-up (or new recovery codes), or an admin's reset of someone else's. */
export const SecondFactorPanel = ({ path }: DateFieldClientProps) => {
  const { id } = useDocumentInfo()
  const { user, fetchFullUser } = useAuth()
  const { value: enrolledAt } = useField<null | string>({ path })
  const api = useConfig().config.routes.api
  const own = Boolean(user && id !== undefined && String(user.id) === String(id))
  const isAdmin = (user as { role?: string } | null)?.role === 'admin'
  const [status, setStatus] = useState<SecondFactorStatus>()
  const [step, setStep] = useState<Step>({ name: 'idle' })
  const [password, setPassword] = useState('')
  const [code, setCode] = useState('')
  const [errors, setErrors] = useState<string[]>([])
  const [busy, setBusy] = useState(false)

  const [statusVersion, setStatusVersion] = useState(0)
  useEffect(() => {
    if (!own) return
    let current = true
    void secondFactorCall<SecondFactorStatus>(api, '/second-factor').then((outcome) => {
      if (current && outcome.ok) setStatus(outcome.value)
    })
    return () => {
      current = false
    }
  }, [own, api, statusVersion])

  const run = async <T,>(call: () => Promise<Outcome<T>>, next: (value: T) => void) => {
    setBusy(true)
    setErrors([])
    const outcome = await call()
    setBusy(false)
    if (!outcome.ok) return setErrors(outcome.messages)
    setPassword('')
    setCode('')
    next(outcome.value)
  }
  const start = (purpose: 'enrol' | 'renew') =>
    purpose === 'enrol'
      ? run(
          () => secondFactorCall<Enrolment>(api, '/second-factor/enrol', { password }),
          (enrolment) => setStep({ name: 'scan', enrolment }),
        )
      : run(
          () =>
            secondFactorCall<{ recoveryCodes: string[] }>(api, '/second-factor/recovery-codes', {
              password,
              totp: code,
            }),
          (value) => setStep({ name: 'codes', codes: value.recoveryCodes }),
        )
  const confirm = () =>
    run(
      () => secondFactorCall<{ recoveryCodes: string[] }>(api, '/second-factor/confirm', { code }),
      (value) => {
        setStep({ name: 'codes', codes: value.recoveryCodes })
        toast.success('Two-factor authentication is on.')
      },
    )
  const finish = async () => {
    setStep({ name: 'idle' })
    setStatusVersion((version) => version + 1)
    await fetchFullUser()
  }
  const reset = () =>
    run(
      () => secondFactorCall<{ reset: boolean }>(api, `/${id}/second-factor/reset`, {}),
      () => {
        toast.success('Two-factor authentication was reset; their sessions ended.')
        window.location.reload()
      },
    )

  if (!own && !(isAdmin && enrolledAt !== undefined)) return null
  const on = own ? status?.enrolled : Boolean(enrolledAt)
  const since = own ? status?.enrolledAt : enrolledAt
  return (
    <div className="second-factor" data-testid="second-factor">
      <h4 className="second-factor__title">Two-factor authentication</h4>
      {on ? (
        <p>
          On since {since ? whenInWords(since) : 'now'}.
          {own && status ? ` ${status.recoveryCodesLeft} recovery codes left.` : ''}
        </p>
      ) : (
        <p>
          Off.
          {own && status?.required
            ? ' Your role needs it: set it up before you sign off content.'
            : ''}
        </p>
      )}
      <ErrorList errors={errors} />
      {step.name === 'idle' && own ? (
        <Button
          buttonStyle="secondary"
          onClick={() => setStep({ name: 'password', purpose: on ? 'renew' : 'enrol' })}
          size="small"
          type="button"
        >
          {on ? 'New recovery codes' : 'Set up two-factor authentication'}
        </Button>
      ) : null}
      {step.name === 'idle' && !own && on ? (
        <Button buttonStyle="secondary" disabled={busy} onClick={reset} size="small" type="button">
          Reset two-factor authentication
        </Button>
      ) : null}
      {step.name === 'password' ? (
        <>
          <SecretInput
            autoComplete="current-password"
            label="Your password"
            name="second-factor-password"
            onChange={setPassword}
            onEnter={() => start(step.purpose)}
            value={password}
          />
          {step.purpose === 'renew' ? (
            <SecretInput
              autoComplete="one-time-code"
              label="Code from your authenticator app"
              name="second-factor-code"
              onChange={setCode}
              onEnter={() => start(step.purpose)}
              value={code}
            />
          ) : null}
          <Button disabled={busy} onClick={() => start(step.purpose)} size="small" type="button">
            Continue
          </Button>
        </>
      ) : null}
      {step.name === 'scan' ? (
        <>
          <p>Scan this with your authenticator app, then enter the code it shows.</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made by the server */}
          <img
            alt="QR code to add MedReview CMS to an authenticator app"
            className="second-factor__qr"
            src={step.enrolment.qrCode}
          />
          <p className="field-description">
            Or enter this key by hand:{' '}
            <code data-testid="totp-key">
              {step.enrolment.secret.replace(/(.{4})(?=.)/g, '$1 ')}
            </code>
          </p>
          <SecretInput
            autoComplete="one-time-code"
            label="Code from your authenticator app"
            name="second-factor-code"
            onChange={setCode}
            onEnter={confirm}
            value={code}
          />
          <Button disabled={busy} onClick={confirm} size="small" type="button">
            Turn on
          </Button>
        </>
      ) : null}
      {step.name === 'codes' ? <RecoveryCodes codes={step.codes} onDone={finish} /> : null}
    </div>
  )
}
