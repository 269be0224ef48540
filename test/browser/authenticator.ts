import { Secret, TOTP } from 'otpauth'

const STEP_MS = 30_000

/**
 * The demo reviewer's authenticator app: a code is accepted once, for the step before, at or
 * after the server's clock, so each use takes the next step not used yet, waiting for it when two
 * steps ahead would be needed.
 */
export class Authenticator {
  private lastStep: number

  constructor(
    readonly secret: string,
    /** When the seed signed with the key: its code is spent. */
    usedAt = Date.now(),
  ) {
    this.lastStep = Math.floor(usedAt / STEP_MS)
  }

  async code(): Promise<string> {
    const step = Math.max(this.lastStep + 1, Math.floor(Date.now() / STEP_MS))
    const wait = (step - 1) * STEP_MS - Date.now() + 500
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    this.lastStep = step
    return new TOTP({ secret: Secret.fromBase32(this.secret) }).generate({
      timestamp: step * STEP_MS + 1000,
    })
  }
}
