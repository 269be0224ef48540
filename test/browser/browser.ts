import {
  type Browser,
  type BrowserContext,
  chromium,
  type ConsoleMessage,
  type Page,
} from 'playwright-core'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

export const SCREENSHOT_DIR = path.resolve('test-results/browser')

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })

/**
 * Every console error and uncaught exception in every page of the browser. A step that provokes
 * an error on purpose (a refused publish answers 409) declares it, and it is then expected once.
 */
export class ConsoleErrors {
  private readonly unexpected: string[] = []
  private readonly expected: RegExp[] = []
  /** Console errors about a failed resource name only the page; these say which request failed. */
  private readonly failedResponses: string[] = []

  watch(page: Page): void {
    page.on('response', (response) => {
      if (response.status() >= 400)
        this.failedResponses.push(
          `${response.status()} ${response.request().method()} ${response.url()}`,
        )
    })
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() !== 'error') return
      const index = this.expected.findIndex((pattern) => pattern.test(message.text()))
      if (index >= 0) this.expected.splice(index, 1)
      else {
        // For a failed resource the message's location is the resource itself.
        const failed = message.text().startsWith('Failed to load resource')
          ? ` (resource: ${message.location().url}; failed requests: ${this.failedResponses.splice(0).join(', ')})`
          : ''
        this.unexpected.push(`${page.url()}: ${message.text()}${failed}`)
      }
    })
    page.on('pageerror', (error) =>
      this.unexpected.push(`${page.url()}: uncaught ${error.message}`),
    )
  }

  expectOnce(pattern: RegExp): void {
    this.expected.push(pattern)
  }

  /** Unexpected errors, and expected ones that never came. */
  problems(): string[] {
    return [
      ...this.unexpected,
      ...this.expected.map((pattern) => `expected but not logged: ${pattern}`),
    ]
  }
}

/**
 * Every request a signed-in page makes outside the CMS's origin (the admin promises none: no
 * CDN, no fonts, no avatars). Links a person follows on purpose are not loaded by the test.
 */
export class ForeignRequests {
  private readonly seen: string[] = []

  watch(context: BrowserContext, origin: string): void {
    context.on('request', (request) => {
      const url = request.url()
      if (/^(data|blob|about):/.test(url)) return
      if (new URL(url).origin !== origin) this.seen.push(`${request.method()} ${url}`)
    })
  }

  list(): string[] {
    return [...this.seen]
  }
}

let shot = 0

/** Screenshots of one run only: the folder is emptied when a run starts. */
export const clearScreenshots = (): void => {
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true })
  shot = 0
}

export const screenshot = async (page: Page, step: string): Promise<void> => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  shot += 1
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, `${String(shot).padStart(2, '0')}-${step}.png`),
    fullPage: true,
  })
}

/** A signed-in admin session of its own (cookies are per context). */
export const signIn = async (
  browser: Browser,
  baseUrl: string,
  email: string,
  password: string,
  consoleErrors: ConsoleErrors,
  foreignRequests?: ForeignRequests,
  authenticator?: { code: () => Promise<string> },
): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1400, height: 1000 },
  })
  foreignRequests?.watch(context, new URL(baseUrl).origin)
  const page = await context.newPage()
  consoleErrors.watch(page)
  await page.goto('/admin/login')
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  if (authenticator) consoleErrors.expectOnce(/401/)
  await page.click('button[type=submit]')
  if (authenticator) {
    // The second step: the code from the authenticator app.
    await page.fill('#field-totp', await authenticator.code())
    await page.click('button[type=submit]')
  }
  await page.waitForURL(/\/admin\/?$/)
  return { context, page }
}
