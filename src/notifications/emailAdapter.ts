import type { EmailAdapter } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

const DEFAULT_FROM_NAME = 'MedReview CMS'
const TIMEOUT_MS = 15_000

/** `EMAIL_FROM` as `cms@example.org` or `MedReview <cms@example.org>`. */
export const parseFromAddress = (from: string): { name: string; address: string } => {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from)
  return match
    ? { name: match[1] || DEFAULT_FROM_NAME, address: match[2] }
    : { name: DEFAULT_FROM_NAME, address: from.trim() }
}

/** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465` (TLS from the start). */
const smtpOptions = (smtpUrl: string) => {
  const url = new URL(smtpUrl)
  const secure = url.protocol === 'smtps:'
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    ...(url.username
      ? {
          auth: {
            user: decodeURIComponent(url.username),
            pass: decodeURIComponent(url.password),
          },
        }
      : {}),
    // A slow or unreachable server fails the send job (which retries) instead of hanging it.
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  }
}

/**
 * Email over SMTP when SMTP_URL is set; otherwise undefined, and Payload writes messages to the
 * log instead. The transport is not verified at start-up: a mail server that is down must not
 * delay or stop the CMS (sends are jobs, retried until it is back).
 */
export const emailAdapter = (
  smtpUrl: string | undefined,
  from: string,
): Promise<EmailAdapter> | undefined => {
  if (!smtpUrl) return undefined
  const { name, address } = parseFromAddress(from)
  return nodemailerAdapter({
    defaultFromAddress: address,
    defaultFromName: name,
    skipVerify: true,
    transportOptions: smtpOptions(smtpUrl),
  })
}
