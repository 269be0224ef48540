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

/** What the password step is for: set-up, new recovery codes, or (admins) someone else's reset. */
type Purpose = 'enrol' | 'renew' | 'reset'

type Step =
  | { name: 'idle' }
  | { name: 'password'; purpose: Purpose }
  | { name: 'scan'; enrolment: Enrolment }
  | { name: 'codes'; codes: string[] }

const CONFIRM_LABEL: Record<Purpose, string> = {
  enrol: 'Continue',
  renew: 'Show new recovery codes',
  reset: 'Reset their two-factor authentication',
}

/** The account's own set-up (or new recovery codes), or an admin's reset of someone else's. */
export const SecondFactorPanel = ({ path }: DateFieldClientProps) => {
  const { id } = useDocumentInfo()
  const { user, fetchFullUser } = useAuth()
  const { value: enrolledAt } = useField<null | string>({ path })
  const api = useConfig().config.routes.api
  const own = Boolean(user && id !== undefined && String(user.id) === String(id))
  const viewer = user as { role?: string; totpEnrolledAt?: null | string } | null
  const isAdmin = viewer?.role === 'admin'
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
  const cancel = () => {
    setStep({ name: 'idle' })
    setPassword('')
    setCode('')
    setErrors([])
  }
  const credentials = () => ({ password, ...(code ? { totp: code } : {}) })
  const submitPassword = (purpose: Purpose) => {
    if (purpose === 'enrol')
      return run(
        () => secondFactorCall<Enrolment>(api, '/second-factor/enrol', { password }),
        (enrolment) => setStep({ name: 'scan', enrolment }),
      )
    if (purpose === 'renew')
      return run(
        () =>
          secondFactorCall<{ recoveryCodes: string[] }>(
            api,
            '/second-factor/recovery-codes',
            credentials(),
          ),
        (value) => setStep({ name: 'codes', codes: value.recoveryCodes }),
      )
    return run(
      () => secondFactorCall<{ reset: boolean }>(api, `/${id}/second-factor/reset`, credentials()),
      () => {
        setStep({ name: 'idle' })
        toast.success('Two-factor authentication was reset; their sessions ended.')
        window.setTimeout(() => window.location.reload(), 1500)
      },
    )
  }
  const confirm = () =>
    run(
      () => secondFactorCall<{ recoveryCodes: string[] }>(api, '/second-factor/confirm', { code }),
      (value) => {
        setStep({ name: 'codes', codes: value.recoveryCodes })
        setStatusVersion((version) => version + 1)
        toast.success('Two-factor authentication is on.')
      },
    )
  const finish = async () => {
    setStep({ name: 'idle' })
    setStatusVersion((version) => version + 1)
    await fetchFullUser()
  }

  if (!own && !(isAdmin && enrolledAt !== undefined)) return null
  const on = own ? status?.enrolled : Boolean(enrolledAt)
  const since = own ? status?.enrolledAt : enrolledAt
  // The code is asked of whoever confirms with a second factor of their own.
  const asksCode = (purpose: Purpose) =>
    purpose === 'renew' || (purpose === 'reset' && Boolean(viewer?.totpEnrolledAt))
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
        <Button
          buttonStyle="secondary"
          onClick={() => setStep({ name: 'password', purpose: 'reset' })}
          size="small"
          type="button"
        >
          Reset two-factor authentication
        </Button>
      ) : null}
      {step.name === 'password' ? (
        <>
          {step.purpose === 'reset' ? (
            <p>
              Only for a lost device: they sign in with their password alone afterwards and must set
              it up again; their sessions end now. Confirm with your own password
              {asksCode('reset') ? ' and code' : ''}.
            </p>
          ) : null}
          <SecretInput
            autoComplete="current-password"
            label="Your password"
            name="second-factor-password"
            onChange={setPassword}
            onEnter={() => submitPassword(step.purpose)}
            value={password}
          />
          {asksCode(step.purpose) ? (
            <SecretInput
              autoComplete="one-time-code"
              label="Code from your authenticator app"
              name="second-factor-code"
              onChange={setCode}
              onEnter={() => submitPassword(step.purpose)}
              value={code}
            />
          ) : null}
          <div className="second-factor__actions">
            <Button
              disabled={busy}
              onClick={() => submitPassword(step.purpose)}
              size="small"
              type="button"
            >
              {CONFIRM_LABEL[step.purpose]}
            </Button>
            <Button buttonStyle="secondary" onClick={cancel} size="small" type="button">
              Cancel
            </Button>
          </div>
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
          <div className="second-factor__actions">
            <Button disabled={busy} onClick={confirm} size="small" type="button">
              Turn on
            </Button>
            <Button buttonStyle="secondary" onClick={cancel} size="small" type="button">
              Cancel
            </Button>
          </div>
        </>
      ) : null}
      {step.name === 'codes' ? <RecoveryCodes codes={step.codes} onDone={finish} /> : null}
    </div>
  )
}
