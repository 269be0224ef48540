import type { PayloadRequest, TaskConfig } from 'payload'

export const NOTIFICATION_QUEUE = 'notifications'

export type EmailMessage = { to: string; subject: string; text: string }

/**
 * Sends one email through Payload's email adapter. A failure (SMTP down) throws, so the jobs
 * queue retries it with backoff; the workflow action that queued it has long succeeded.
 */
export const sendEmailTask: TaskConfig<{ input: EmailMessage; output: object }> = {
  slug: 'sendEmail',
  inputSchema: [
    { name: 'to', type: 'email', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
  ],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => {
    await req.payload.sendEmail({ to: input.to, subject: input.subject, text: input.text })
    return { output: {} }
  },
}

export const queueEmail = async (req: PayloadRequest, message: EmailMessage): Promise<void> => {
  await req.payload.jobs.queue({
    task: 'sendEmail',
    queue: NOTIFICATION_QUEUE,
    input: message,
    req,
  })
}
