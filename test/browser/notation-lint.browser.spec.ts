import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Locator, Page } from 'playwright-core'

import { ConsoleErrors, launchChromium, screenshot, signIn } from './browser'
import { type ProductionServer, startProductionServer } from './productionServer'

/** The texts the editor's notation highlight covers, in the page's order. */
const highlighted = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get('notation-lint') ?? [])].map(String))

/** Replaces the rich-text editor's text as a person does, once Lexical takes input. */
const retype = async (editor: Locator, text: string) => {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await editor.click()
    await editor.press('ControlOrMeta+a')
    await editor.press('Delete')
    await editor.pressSequentially(text)
    if ((await editor.innerText()).trim() === text) return
  }
  throw new Error(`the rich-text editor did not take "${text}"`)
}

describe('the dose-notation lint in the admin (production build, real Chromium)', () => {
  let server: ProductionServer
  let browser: Browser
  const consoleErrors = new ConsoleErrors()

  beforeAll(async () => {
    server = await startProductionServer()
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('highlights a dose written wrongly in the body as the writer types, with what to write, until it is fixed', async () => {
    const { page } = await signIn(
      browser,
      server.url,
      'writer@medreview.example',
      server.demoPassword,
      consoleErrors,
    )
    await page.goto('/admin/collections/articles/create')
    await page.fill('#field-summary', 'Take 1.0mg at night.')
    const summaryLint = page
      .locator('.field-type.textarea', { has: page.locator('#field-summary') })
      .getByTestId('notation-lint')
    const body = page.locator('[data-field-path="body"]')
    const editor = body.locator('[contenteditable="true"]').first()
    await retype(editor, 'Take .5 mg QD')

    const lint = body.getByTestId('notation-lint')
    await lint.locator('li').nth(1).waitFor()
    await page.waitForFunction(() => CSS.highlights.get('notation-lint')?.size === 2)
    expect(await highlighted(page)).toEqual(['.5 mg', 'QD'])
    const items = await lint.locator('li').allInnerTexts()
    expect(items[0]).toContain('“.5 mg”: write “0.5 mg”.')
    expect(items[1]).toContain('“QD”: write “daily”.')
    expect(items[1]).toContain('It blocks the submission.')
    await screenshot(page, 'notation-lint-body-highlighted')

    // Clicking a finding selects its text in the editor.
    await lint.getByRole('button', { name: '“QD”' }).click()
    expect(await page.evaluate(() => String(window.getSelection()))).toBe('QD')

    // A plain textarea lists its findings under it too.
    expect(await summaryLint.innerText()).toContain('“1.0mg”: write “1 mg”.')

    // Saved, the writer's completeness check lists it too, in the panel's "Before you submit".
    await page.fill('#field-title', 'Baclofen doses')
    // The editor hands its value to the form when the browser is idle (up to 500 ms).
    await page.waitForTimeout(750)
    await page.getByRole('button', { name: 'Save Draft' }).click()
    await page.waitForURL(/\/admin\/collections\/articles\/[0-9a-f-]{36}$/)
    const completeness = page
      .getByRole('region', { name: 'Medical review' })
      .getByTestId('completeness')
    await completeness.locator('[data-check="notation.qd"]').waitFor()
    expect(await completeness.locator('[data-check="notation.qd"]').innerText()).toContain(
      'The introduction: “QD” — write “daily”.',
    )
    await page.waitForFunction(() => CSS.highlights.get('notation-lint')?.size === 2)

    await retype(editor, 'Take 0.5 mg daily')
    await lint.waitFor({ state: 'detached' })
    expect(await page.evaluate(() => CSS.highlights.has('notation-lint'))).toBe(false)
    await screenshot(page, 'notation-lint-body-fixed')
    expect(consoleErrors.problems()).toEqual([])
  })
})
