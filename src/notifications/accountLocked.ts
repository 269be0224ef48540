import type { Payload } from 'payload'

import { type EmailMessage, NOTIFICATION_QUEUE } from './sendEmailTask'

const lockMessage = (payload: Payload, email: string, lockedUntil: Date): EmailMessage => ({
  to: email,
  subject: '[MedReview] Your account is locked after failed sign-in attempts',
  text: [
    `Your MedReview account ${email} was locked after ${payload.collections.users.config.auth.maxLoginAttempts} failed sign-in attempts in a row, until ${lockedUntil.toUTCString()}.`,
    '\nEvery session of the account was signed out. You can sign in again once the lock ends, or ask an admin to unlock the account sooner.',
    '\nIf these attempts were not yours, someone may be trying to guess your password: tell an admin, and choose a new password once you are signed in.',
    '\nThis email is about your account’s security and cannot be switched off.',
  ].join('\n'),
})

/**
 * Tells the owner that their account was just locked. Queued like every email (the jobs queue
 * sends and retries it), outside any request transaction, as the lock itself is written.
 */
export const tellOwnerAccountLocked = async (
  payload: Payload,
  account: { email?: null | string },
  lockedUntil: Date,
): Promise<void> => {
  if (!account.email) return
  await payload.jobs.queue({
    task: 'sendEmail',
    queue: NOTIFICATION_QUEUE,
    input: lockMessage(payload, account.email, lockedUntil),
  })
}
