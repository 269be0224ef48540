import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Locator, Page } from 'playwright-core'

import { Authenticator } from './authenticator'
import { seriousAccessibilityViolations } from './axe'
import {
  clearScreenshots,
  ConsoleErrors,
  ForeignRequests,
  launchChromium,
  screenshot,
  signIn,
} from './browser'
import {
  type EvidenceServicesFixture,
  RETRACTED_DOI,
  startEvidenceServices,
} from '../helpers/evidenceServices'
import { type ProductionServer, startProductionServer } from './productionServer'

const TITLE = 'Tizanidine and baclofen compared'
const SLUG = 'tizanidine-and-baclofen-compared'
const FAQ = 'Can I take tizanidine with baclofen?'
const REFERENCE = 'Tizanidine prescribing information'

const panel = (page: Page) => page.getByRole('region', { name: 'Medical review' })

const waitForState = (page: Page, state: string) =>
  panel(page)
    .getByTestId('workflow-state')
    .filter({ hasText: new RegExp(`^${state}$`) })
    .waitFor()

/** Submits for review, to `assignee` when named; the panel reloads the page when it succeeds. */
const submitForReview = async (
  page: Page,
  assignee?: string,
  beforeConfirm?: () => Promise<void>,
) => {
  await panel(page).getByRole('button', { name: 'Submit for review', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Submit for review' })
  if (assignee) await dialog.locator('[name="assignee"]').selectOption({ label: assignee })
  await beforeConfirm?.()
  await dialog.getByRole('button', { name: 'Submit for review', exact: true }).click()
  await waitForState(page, 'in review')
}

/** The documents a dialog offers to take along, as it lists them. */
const linkedInDialog = (dialog: Locator) =>
  dialog.getByTestId('dialog-linked').locator('li').allInnerTexts()

/** The linked documents in the article's panel: "FAQ <title>: <state>" each. */
const linkedInPanel = async (page: Page) =>
  (await panel(page).getByTestId('linked-documents').locator('li').allInnerTexts()).map(
    (text) => text.split('\n')[0],
  )

/**
 * Types into the first rich-text editor in `scope`, as a person does, once the editor takes
 * input: until Lexical has started, a click and keystrokes are lost, so it tries again.
 */
const typeInRichText = async (scope: Locator, text: string) => {
  const editor = scope.locator('[contenteditable="true"]').first()
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await editor.click()
    await editor.pressSequentially(text)
    const typed = await editor
      .filter({ hasText: text })
      .waitFor({ timeout: 2000 })
      .then(() => true)
      .catch(() => false)
    if (typed) {
      // As a person pauses before the next field: the editor reports its value when idle.
      await scope.page().waitForTimeout(750)
      return
    }
    await editor.press('ControlOrMeta+a')
    await editor.press('Delete')
  }
  throw new Error(`the rich-text editor did not take "${text}"`)
}

/**
 * Creates a document in the drawer of the article's relationship field on tab `tab`, as a writer
 * does from the article, and closes the drawer: the field then shows the new document.
 */
const createInDrawer = async (
  page: Page,
  { tab, field, fill }: { tab: string; field: string; fill: (drawer: Locator) => Promise<void> },
) => {
  await page
    .getByRole('tab', { name: tab, exact: true })
    .or(page.locator('.tabs-field__tab-button', { hasText: tab }))
    .first()
    .click()
  await page.locator(`#field-${field}`).locator('.relationship-add-new__add-button').click()
  const drawer = page.locator('.drawer--is-open')
  await drawer.waitFor()
  await fill(drawer)
  // The rich-text editor hands its value to the form when the browser is idle (Payload's
  // useRunDeprioritized, up to 500 ms): a save clicked before that is refused as incomplete, and
  // the person saves again, as the test does once.
  const saved = drawer.getByText(/^ID:/)
  await drawer.getByRole('button', { name: 'Save Draft' }).click()
  const savedAtOnce = await saved
    .waitFor({ timeout: 10000 })
    .then(() => true)
    .catch(() => false)
  if (!savedAtOnce) {
    await screenshot(page, `drawer-saved-again-${field}`)
    await drawer.getByRole('button', { name: 'Save Draft' }).click()
    await saved.waitFor()
  }
  await drawer.getByRole('button', { name: 'Close', exact: true }).first().click()
  await drawer.waitFor({ state: 'detached' })
}

const focusIsIn = (dialog: Locator) =>
  dialog.evaluate((element) => element.contains(document.activeElement))

/**
 * The dialog keeps the focus (Tab and Shift+Tab cycle inside it, past its last and first control),
 * Escape closes it and the focus goes back to the button that opened it.
 */
const expectDialogHoldsKeyboard = async (page: Page, dialog: Locator, opener: Locator) => {
  expect(await focusIsIn(dialog)).toBe(true)
  const controls = await dialog.locator('input, select, textarea, button').count()
  for (let step = 0; step <= controls; step += 1) {
    await page.keyboard.press('Tab')
    expect(await focusIsIn(dialog)).toBe(true)
  }
  for (let step = 0; step <= controls; step += 1) {
    await page.keyboard.press('Shift+Tab')
    expect(await focusIsIn(dialog)).toBe(true)
  }
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'detached' })
  expect(await opener.evaluate((button) => button === document.activeElement)).toBe(true)
}

const CHANGE_REASON = 'Warnings added after the new label.'

const confirmInDialog = async (
  page: Page,
  label: string,
  fill: { field: string; value: string },
) => {
  await panel(page).getByRole('button', { name: label, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: label })
  await dialog.locator(`[name="${fill.field}"]`).fill(fill.value)
  await dialog.getByRole('button', { name: label, exact: true }).click()
}

describe('the review workflow in the admin panel (production build, real Chromium)', () => {
  let server: ProductionServer
  let evidenceServices: EvidenceServicesFixture
  let browser: Browser
  const consoleErrors = new ConsoleErrors()
  const foreignRequests = new ForeignRequests()
  const pages: Record<'writer' | 'reviewer' | 'editor', Page> = {} as never
  let articlePath: string

  beforeAll(async () => {
    clearScreenshots()
    evidenceServices = await startEvidenceServices()
    server = await startProductionServer(evidenceServices.env)
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await evidenceServices?.close()
  })

  const signInAs = async (role: keyof typeof pages) => {
    const { page } = await signIn(
      browser,
      server.url,
      `${role}@medreview.example`,
      server.demoPassword,
      consoleErrors,
      foreignRequests,
      role === 'reviewer' ? server.reviewerAuthenticator : undefined,
    )
    pages[role] = page
    return page
  }

  it('lets a writer create an article and shows them no Publish button', async () => {
    const page = await signInAs('writer')
    // A writer's own documents come first; nothing waits for a writer's review.
    await page.locator('[data-queue]').first().waitFor()
    expect(await page.locator('[data-queue]').first().getAttribute('data-queue')).toBe('my-drafts')
    // The seed's content is all live: an empty queue says so in words.
    expect(await page.locator('[data-queue="my-drafts"]').innerText()).toMatch(/Nothing here/)
    expect(await page.locator('[data-queue="awaiting-review"]').count()).toBe(0)
    await screenshot(page, 'writer-dashboard')
    await page.goto('/admin/collections/articles/create')
    await page.fill('#field-title', TITLE)
    await page.fill('#field-summary', 'How the two muscle relaxants differ.')
    // A new FAQ and a new reference, made from the article's own drawers.
    await createInDrawer(page, {
      tab: 'FAQs',
      field: 'faqs',
      fill: async (drawer) => {
        await drawer.locator('#field-question').fill(FAQ)
        await typeInRichText(drawer, 'Only if your prescriber agrees: both cause drowsiness.')
      },
    })
    await page.locator('#field-faqs').getByText(FAQ).waitFor()
    await createInDrawer(page, {
      tab: 'References',
      field: 'references',
      fill: async (drawer) => {
        await drawer.locator('#field-title').fill(REFERENCE)
        await drawer.locator('#field-url').fill('https://dailymed.nlm.nih.gov/dailymed/')
      },
    })
    await page.locator('#field-references').getByText(REFERENCE).waitFor()
    await screenshot(page, 'writer-article-with-new-faq-and-reference')
    await page.getByRole('button', { name: 'Save Draft' }).click()
    await page.waitForURL(/\/admin\/collections\/articles\/[0-9a-f-]{36}$/)
    articlePath = new URL(page.url()).pathname
    await waitForState(page, 'draft')
    expect(await page.getByRole('button', { name: /publish/i }).count()).toBe(0)
    expect(
      await panel(page).locator('.workflow-panel__actions').getByRole('button').allInnerTexts(),
    ).toEqual(['Submit for review'])
    await screenshot(page, 'writer-draft-without-publish-button')
  })

  it("shows the writer a reference's source check: a retracted DOI is flagged", async () => {
    const page = pages.writer
    await page.goto('/admin/collections/references/create')
    await page.fill('#field-title', 'High-dose oral baclofen and relapses')
    await page.fill('#field-doi', RETRACTED_DOI)
    await page.getByRole('button', { name: 'Save Draft' }).click()
    await page.waitForURL(/\/admin\/collections\/references\/[0-9a-f-]{36}$/)
    await page.reload()
    const check = page.getByTestId('reference-evidence')
    await check.filter({ hasText: 'Journal of Neurology' }).waitFor()
    expect(await check.locator('.reference-evidence__warning').allInnerTexts()).toEqual([
      'Retracted (Crossref: retraction 10.1007/s00415-026-12345-6): an article citing it cannot be signed off.',
    ])
    await screenshot(page, 'writer-reference-retracted')
    await page.goto(articlePath)
    await waitForState(page, 'draft')
  })

  it('lets the writer submit it for review to a pharmacist, with its new FAQ and reference', async () => {
    const page = pages.writer
    expect(await linkedInPanel(page)).toEqual([
      `FAQ ${FAQ}: draft`,
      `Reference ${REFERENCE}: draft`,
    ])
    // Before submitting, the writer sees what is empty or weak, in plain words.
    const check = panel(page).getByTestId('completeness')
    await check.getByText('Before you submit').waitFor()
    expect(await check.getAttribute('data-ready')).toBe('true')
    const warnings = check.locator('li.completeness__finding[data-severity="warning"]')
    expect(await warnings.allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/key point/i)]),
    )
    await check.scrollIntoViewIfNeeded()
    await screenshot(page, 'writer-completeness-check')
    await submitForReview(page, 'Riya Reviewer', async () => {
      const dialog = page.getByRole('dialog', { name: 'Submit for review' })
      await dialog
        .getByTestId('dialog-completeness')
        .getByText('Worth checking first (these do not stop the submission):')
        .waitFor()
      // Each linked document says what its own completeness check finds.
      await dialog.getByTestId('dialog-linked').locator('[data-ready]').nth(1).waitFor()
      expect(await linkedInDialog(dialog)).toEqual([
        `FAQ “${FAQ}” — nothing missing`,
        expect.stringMatching(
          new RegExp(`^Reference “${REFERENCE}” — nothing missing; \\d+ things? to check$`),
        ),
      ])
      expect(await dialog.getByLabel(/Also submit its linked documents/).isChecked()).toBe(true)
      await screenshot(page, 'writer-submit-dialog-with-linked-documents')
    })
    await panel(page)
      .getByTestId('workflow-assignment')
      .filter({ hasText: 'Assigned to Riya Reviewer' })
      .waitFor()
    expect(await linkedInPanel(page)).toEqual([
      `FAQ ${FAQ}: in review`,
      `Reference ${REFERENCE}: in review`,
    ])
    await screenshot(page, 'writer-submitted')
  })

  it("shows the reviewer the article in their dashboard queue and the list's saved view", async () => {
    const page = await signInAs('reviewer')
    // The article, its FAQ and its reference: submitted together, assigned together.
    await page.getByTestId('queue-total-awaiting-review').filter({ hasText: /^3$/ }).waitFor()
    expect(await page.locator('[data-queue]').first().getAttribute('data-queue')).toBe(
      'assigned-to-me',
    )
    await page.getByTestId('queue-total-assigned-to-me').filter({ hasText: /^3$/ }).waitFor()
    await screenshot(page, 'reviewer-dashboard-queue')
    expect(await seriousAccessibilityViolations(page, ['.review-queue-dashboard'])).toEqual([])
    // The documents themselves, each by its title, linked to its edit view.
    const queued = page
      .locator('[data-queue="awaiting-review"]')
      .getByRole('link', { name: TITLE, exact: true })
    expect(await queued.getAttribute('href')).toBe(articlePath)
    await queued.click()
    await waitForState(page, 'in review')
    expect(new URL(page.url()).pathname).toBe(articlePath)
    await page.goto('/admin/collections/articles')
    await page
      .locator('.workflow-list-filters')
      .getByRole('link', { name: 'Awaiting review' })
      .click()
    await page.waitForURL(/[?&]where/)
    await page.getByRole('link', { name: TITLE }).waitFor()
    expect(await page.locator('table thead').innerText()).toMatch(
      /Workflow State[\s\S]*Created by[\s\S]*Last signed by[\s\S]*Next Review Due/,
    )
    const row = page.locator('table tbody tr', { hasText: TITLE })
    expect(await row.innerText()).toMatch(/In review[\s\S]*Wendy Writer/)
    await screenshot(page, 'reviewer-list-awaiting-review')
    expect(await seriousAccessibilityViolations(page, ['.workflow-list-filters'])).toEqual([])
    await page.getByRole('link', { name: TITLE }).click()
    await waitForState(page, 'in review')
  })

  it('shows the reviewer the page as patients will read it, beside the form', async () => {
    const page = pages.reviewer
    const toggle = page.getByRole('button', { name: 'Live Preview' })
    await toggle.click()
    const preview = page.frameLocator('#live-preview-iframe')
    await preview.locator('h1', { hasText: TITLE }).waitFor()
    await preview
      .getByTestId('preview-banner')
      .getByText(/Staff preview/)
      .waitFor()
    // The linked drafts in review are on the page, as the delivery page will print them.
    await preview.locator('details summary', { hasText: FAQ }).waitFor()
    await preview.locator('ol.references li', { hasText: REFERENCE }).waitFor()
    await preview.locator('aside.disclaimer').waitFor()
    await screenshot(page, 'reviewer-live-preview-beside-the-form')
    await toggle.click()
    await page.locator('#live-preview-iframe').waitFor({ state: 'hidden' })
  })

  it('lets the reviewer request changes with a comment on a field', async () => {
    const page = pages.reviewer
    await panel(page).getByRole('button', { name: 'Request changes', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Request changes' })
    await dialog.locator('[name="comment"]').fill('Please add the usual adult starting doses.')
    await dialog.locator('[name="field"]').selectOption('summary')
    await dialog.getByRole('button', { name: 'Request changes', exact: true }).click()
    await waitForState(page, 'changes requested')
    await screenshot(pages.reviewer, 'reviewer-requested-changes')
  })

  it('lets the writer see the comment, edit and resubmit', async () => {
    const page = pages.writer
    await page.reload()
    await waitForState(page, 'changes requested')
    const thread = panel(page).locator('[data-field="summary"] .review-thread')
    await thread.getByText('Please add the usual adult starting doses.').waitFor()
    // The reply names the pharmacist: "@" suggests the people who may read it.
    const reply = thread.getByLabel('Reply')
    await reply.fill('Added: 5 mg three times a day for baclofen. ')
    await reply.pressSequentially('@Riy')
    await page.getByRole('option', { name: 'Riya Reviewer' }).click()
    expect(await reply.inputValue()).toBe(
      'Added: 5 mg three times a day for baclofen. @Riya Reviewer ',
    )
    await thread.getByRole('button', { name: 'Reply', exact: true }).click()
    await page.getByText('Mentioned and notified: Riya Reviewer.').waitFor()
    await thread.getByText(/^Added: 5 mg three times a day for baclofen\. @Riya Reviewer/).waitFor()
    // The mention stands out in the thread, as the server read it.
    await thread.locator('mark.review-thread__mention', { hasText: '@Riya Reviewer' }).waitFor()
    await panel(page).locator('[data-requirement="no-open-comments"][data-met="false"]').waitFor()
    await thread.scrollIntoViewIfNeeded()
    await screenshot(page, 'writer-review-comment-threads')
    // The panel with an unmet requirement (its red), open and replied threads.
    expect(await seriousAccessibilityViolations(page, ['.workflow-panel'])).toEqual([])
    // The field is on another tab: Go to field opens it and puts the cursor in the field.
    await page.locator('.tabs-field__tab-button', { hasText: 'References' }).click()
    expect(await page.locator('#field-summary').count()).toBe(0)
    await panel(page)
      .locator('[data-field="summary"]')
      .getByRole('button', { name: 'Go to field' })
      .click()
    await page.locator('.tabs-field__tab-button--active', { hasText: 'Content' }).waitFor()
    await page.locator('#field-summary:focus').waitFor()
    await screenshot(page, 'writer-went-to-the-field-on-another-tab')
    await page.fill(
      '#field-summary',
      'How the two muscle relaxants differ, with usual adult starting doses.',
    )
    await page.getByRole('button', { name: 'Save Draft' }).click()
    await panel(page)
      .getByRole('button', { name: 'Submit for review', exact: true })
      .and(page.locator(':enabled'))
      .waitFor()
    await submitForReview(page)
    await screenshot(page, 'writer-resubmitted')
  })

  it('shows the editor one way to publish, which waits for the sign-off', async () => {
    const page = await signInAs('editor')
    await page.goto(articlePath)
    await waitForState(page, 'in review')
    // The header speaks the panel's words; Payload's own Publish button is gone, and the panel's
    // waits for the sign-off, saying so in the checklist.
    expect(await page.getByTestId('header-workflow-state').innerText()).toMatch(
      /^Review:\s+in review$/,
    )
    expect(await page.getByRole('button', { name: /publish/i }).count()).toBe(0)
    // The record reads as text, people by name, below the fields people edit.
    expect(await page.locator('[data-record-field="createdBy"]').innerText()).toBe(
      'Created by\nWendy Writer',
    )
    expect(await page.locator('[data-record-field="workflowState"]').innerText()).toBe(
      'Workflow State\nIn review',
    )
    expect(
      await page
        .locator('[data-record-field="createdBy"] input, [data-record-field] input')
        .count(),
    ).toBe(0)
    const signedOff = panel(page).locator('[data-requirement="signed-off"]')
    expect(await signedOff.getAttribute('data-met')).toBe('false')
    await screenshot(page, 'editor-one-way-to-publish')
  })

  it('tells the reviewer in their inbox that the writer mentioned them; opening it marks it read', async () => {
    const page = pages.reviewer
    await page.goto('/admin')
    await page.getByTestId('inbox-unread-count').waitFor()
    expect(await page.locator('.inbox-summary').innerText()).toContain(
      `Wendy Writer mentioned you in a comment on "${TITLE}"`,
    )
    await page.locator('.inbox-summary').getByRole('link', { name: 'Open the inbox' }).click()
    await page.waitForURL(/\/admin\/inbox$/)
    // The top bar as on Payload's own views: the inbox's header link stays in sight.
    await page.locator('header .inbox-header-link').waitFor()
    const mention = page.locator('.inbox-item--unread', { hasText: 'mentioned you' }).first()
    expect(await mention.innerText()).toContain('@Riya Reviewer')
    // Two documents may share a title: each entry says what kind of document it is about.
    expect(await mention.locator('.inbox-item__kind').innerText()).toBe('Article')
    await screenshot(page, 'reviewer-inbox-mention')
    expect(await seriousAccessibilityViolations(page, ['.inbox'])).toEqual([])
    const unreadBefore = Number(
      (await page.getByTestId('inbox-unread-count').innerText()).match(/\d+/)![0],
    )
    await mention.getByRole('link', { name: 'Open the document' }).click()
    await page.waitForURL((url) => url.pathname === articlePath)
    await waitForState(page, 'in review')
    await page
      .getByTestId('inbox-unread-count')
      .filter({ hasText: new RegExp(`^${unreadBefore - 1} unread$`) })
      .or(page.locator('.inbox-nav-link:not(:has([data-testid="inbox-unread-count"]))'))
      .waitFor()
    await page.goto('/admin/inbox?show=unread')
    await page.locator('.inbox').waitFor()
    expect(await page.locator('.inbox-item', { hasText: 'mentioned you' }).count()).toBe(0)
    await page.goto(articlePath)
  })

  it('lets the reviewer sign off with their password, showing what the signature means', async () => {
    const page = pages.reviewer
    await page.reload()
    await waitForState(page, 'in review')
    const thread = panel(page).locator('[data-field="summary"] .review-thread')
    await thread.getByRole('button', { name: 'Resolve', exact: true }).click()
    await thread.getByText(/^Resolved by /).waitFor()
    await panel(page).locator('[data-requirement="no-open-comments"][data-met="true"]').waitFor()
    await screenshot(page, 'reviewer-resolved-comment-thread')
    const opener = panel(page).getByRole('button', { name: 'Sign off', exact: true })
    await opener.click()
    const dialog = page.getByRole('dialog', { name: 'Sign off' })
    await dialog.getByText(/Reviewed and approved for medical accuracy/).waitFor()
    await screenshot(page, 'reviewer-sign-off-dialog')
    expect(await seriousAccessibilityViolations(page, ['.workflow-dialog'])).toEqual([])
    await expectDialogHoldsKeyboard(page, dialog, opener)
    await opener.click()
    expect(await linkedInDialog(dialog)).toEqual([
      `FAQ “${FAQ}” — new: all of it`,
      `Reference “${REFERENCE}” — new: all of it`,
    ])
    expect(await dialog.getByLabel(/Also sign its linked documents/).isChecked()).toBe(true)
    // The page at exactly the version being signed, in a tab of its own.
    const previewLink = dialog.locator('[data-testid="preview-signed-versions"][href*="&version="]')
    await previewLink.waitFor()
    expect(await previewLink.getAttribute('href')).toMatch(
      /\/api\/preview\/articles\/[0-9a-f-]{36}\?format=html&version=[0-9a-f-]{36}$/,
    )
    const [previewTab] = await Promise.all([
      page.context().waitForEvent('page'),
      previewLink.click(),
    ])
    await previewTab.locator('h1', { hasText: TITLE }).waitFor()
    await previewTab.locator('details summary', { hasText: FAQ }).waitFor()
    await screenshot(previewTab, 'reviewer-preview-of-the-signed-versions')
    await previewTab.close()
    await dialog.locator('[name="password"]').fill(server.demoPassword)
    await dialog.locator('[name="totp"]').fill(await server.reviewerAuthenticator.code())
    await dialog.getByRole('button', { name: 'Sign off', exact: true }).click()
    await waitForState(page, 'approved')
    // The action's answer, kept across the reload that shows its result.
    await page.locator('[data-sonner-toast]').filter({ hasText: 'Signed off.' }).waitFor()
    expect(await linkedInPanel(page)).toEqual([
      `FAQ ${FAQ}: approved`,
      `Reference ${REFERENCE}: approved`,
    ])
    expect(await panel(page).getByTestId('reviewed-by-preview').innerText()).toMatch(
      /^Medically reviewed by .+ on \d{1,2} \w+ \d{4}$/,
    )
    await screenshot(page, 'reviewer-signed-off')
  })

  it('lets the editor publish, after which the article is public over REST', async () => {
    const page = pages.editor
    // Signed off, the article and its two linked documents wait for the editor on the dashboard.
    await page.goto('/admin')
    await page.getByTestId('queue-total-ready-to-publish').filter({ hasText: /^3$/ }).waitFor()
    expect(await page.locator('[data-queue]').first().getAttribute('data-queue')).toBe(
      'ready-to-publish',
    )
    const ready = page.locator('[data-queue="ready-to-publish"]')
    expect((await ready.getByRole('link').allInnerTexts()).sort()).toEqual(
      [TITLE, FAQ, REFERENCE].sort(),
    )
    await screenshot(page, 'editor-dashboard-ready-to-publish')
    expect(await seriousAccessibilityViolations(page, ['.review-queue-dashboard'])).toEqual([])
    await ready.getByRole('link', { name: TITLE, exact: true }).click()
    await waitForState(page, 'approved')
    expect(new URL(page.url()).pathname).toBe(articlePath)
    expect(
      await panel(page).locator('[data-requirement="signed-off"]').getAttribute('data-met'),
    ).toBe('true')
    await panel(page).getByRole('button', { name: 'Publish', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Publish' })
    expect(await linkedInDialog(dialog)).toEqual([`FAQ “${FAQ}”`, `Reference “${REFERENCE}”`])
    expect(await dialog.getByLabel(/Publish its linked documents first/).isChecked()).toBe(true)
    await dialog.locator('[name="note"]').fill('First published.')
    await screenshot(page, 'editor-publish-dialog-with-linked-documents')
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click()
    await waitForState(page, 'published')
    expect(await linkedInPanel(page)).toEqual([`FAQ ${FAQ}: live`, `Reference ${REFERENCE}: live`])
    await screenshot(page, 'editor-published')

    const rest = await fetch(`${server.url}/api/articles?where[slug][equals]=${SLUG}`)
    expect(rest.status).toBe(200)
    const { docs } = (await rest.json()) as { docs: { title: string; summary: string }[] }
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      title: TITLE,
      summary: expect.stringContaining('starting doses'),
    })
    const page2 = await fetch(`${server.url}/api/delivery/articles/${SLUG}`)
    expect(page2.status).toBe(200)
    const delivered = JSON.stringify(await page2.json())
    expect(delivered).toContain(FAQ)
    expect(delivered).toContain(REFERENCE)
  })

  it('lets the writer revise the live article while the published version keeps serving', async () => {
    const page = pages.writer
    await page.goto(articlePath)
    await waitForState(page, 'published')
    await page.fill(
      '#field-summary',
      'How the two muscle relaxants differ, with usual adult starting doses and warnings.',
    )
    // The content a pharmacist signed changes: the writer says why.
    await page.fill('#field-changeReason', CHANGE_REASON)
    await page.getByRole('button', { name: 'Save Draft' }).click()
    await waitForState(page, 'draft')
    await panel(page).getByTestId('revision-in-progress').waitFor()
    await panel(page)
      .getByRole('button', { name: 'Submit for review', exact: true })
      .and(page.locator(':enabled'))
      .waitFor()
    await submitForReview(page)
    const live = await fetch(`${server.url}/api/delivery/articles/${SLUG}`)
    expect(((await live.json()) as { summary: string }).summary).not.toMatch(/warnings/)
  })

  it('shows the reviewer what changed since they signed, and what the new signature covers', async () => {
    const page = pages.reviewer
    await page.reload()
    await waitForState(page, 'in review')
    const changes = panel(page).getByTestId('changes-since-sign-off')
    await changes.getByText(/^1 clinical change since .+ signed on /).waitFor()
    expect(await changes.getByTestId('change-reason').innerText()).toBe(
      `Reason given: “${CHANGE_REASON}”`,
    )
    await screenshot(page, 'reviewer-changes-since-sign-off')
    // The readable comparison: the field by its label, signed and latest side by side, words marked.
    const compare = page.getByRole('button', { name: 'Compare with the signed version' })
    await compare.click()
    const comparison = page.getByRole('dialog', { name: 'Compare with the signed version' })
    const row = comparison.locator('tr[data-kind]', { hasText: 'Quick summary' })
    await row.waitFor()
    expect(await row.locator('ins').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/and warnings/)]),
    )
    expect(await comparison.innerText()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|\w\[\d+\]/)
    await screenshot(page, 'reviewer-readable-comparison')
    expect(
      await seriousAccessibilityViolations(page, ['[data-testid="comparison-dialog"]']),
    ).toEqual([])
    await page.keyboard.press('Escape')
    await comparison.waitFor({ state: 'detached' })
    // The preview shows the revision while the delivered page keeps the published version.
    const [revisionTab] = await Promise.all([
      page.context().waitForEvent('page'),
      panel(page).getByTestId('preview-page').click(),
    ])
    await revisionTab.locator('p.summary', { hasText: 'and warnings' }).waitFor()
    await screenshot(revisionTab, 'reviewer-preview-of-the-revision')
    await revisionTab.close()
    const stillLive = await fetch(`${server.url}/api/delivery/articles/${SLUG}`)
    expect(((await stillLive.json()) as { summary: string }).summary).not.toMatch(/warnings/)
    await panel(page).getByRole('button', { name: 'Sign off', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Sign off' })
    await dialog
      .getByTestId('signature-covers')
      .filter({ hasText: /1 clinical change/ })
      .waitFor()
    await screenshot(page, 'reviewer-sign-off-covers-changes')
    await dialog.locator('[name="password"]').fill(server.demoPassword)
    await dialog.locator('[name="totp"]').fill(await server.reviewerAuthenticator.code())
    await dialog.getByRole('button', { name: 'Sign off', exact: true }).click()
    await waitForState(page, 'approved')
  })

  it('lets the editor schedule the signed version for later, shows what it will publish, and cancel it', async () => {
    const page = pages.editor
    await page.reload()
    await waitForState(page, 'approved')
    const schedule = panel(page).getByTestId('schedule-panel')
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000)
    const local = `${tomorrow.toISOString().slice(0, 10)}T09:00`
    await schedule.getByLabel('Publish at').fill(local)
    await schedule.getByRole('button', { name: 'Schedule publication', exact: true }).click()
    const pending = panel(page).getByTestId('scheduled-change')
    await pending.filter({ hasText: /Publishes at .+ the version .+ signed on / }).waitFor()
    await screenshot(page, 'editor-scheduled-publication')
    await pending.getByRole('button', { name: 'Cancel scheduled publication' }).click()
    await schedule.getByRole('button', { name: 'Schedule publication', exact: true }).waitFor()
    expect(await panel(page).getByTestId('scheduled-change').count()).toBe(0)
  })

  it('lets the editor publish the revision with a public note for the update log', async () => {
    const page = pages.editor
    await page.reload()
    await waitForState(page, 'approved')
    await panel(page).getByRole('button', { name: 'Publish', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Publish' })
    // The public note starts from the writer's reason, which the signature took along.
    expect(await dialog.locator('[name="note"]').inputValue()).toBe(CHANGE_REASON)
    await dialog.locator('[name="note"]').fill('Warnings added.')
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click()
    await waitForState(page, 'published')
    const delivered = await fetch(`${server.url}/api/delivery/articles/${SLUG}`)
    const body = (await delivered.json()) as {
      summary: string
      updateLog: { kind: string; note: string | null }[]
    }
    expect(body.summary).toMatch(/warnings/)
    expect(body.updateLog.map((entry) => [entry.kind, entry.note])).toEqual([
      ['clinical-review', 'Warnings added.'],
      ['first-publication', 'First published.'],
    ])
  })

  it('lets the editor withdraw it with a reason, taking it off the public API', async () => {
    const page = pages.editor
    await confirmInDialog(page, 'Withdraw', {
      field: 'reason',
      value: 'Dosing guidance under re-review.',
    })
    await waitForState(page, 'withdrawn')
    await panel(page).getByText('Dosing guidance under re-review.').waitFor()
    // Its old sign-off no longer counts: publishing again needs a new review.
    expect(
      await panel(page).locator('[data-requirement="approved"]').getAttribute('data-met'),
    ).toBe('false')
    await screenshot(page, 'editor-withdrew')
    const rest = await fetch(`${server.url}/api/articles?where[slug][equals]=${SLUG}`)
    expect(((await rest.json()) as { docs: unknown[] }).docs).toHaveLength(0)
  })

  it('lets the editor withdraw a reference a live article cites only together with that article', async () => {
    const page = pages.editor
    const list = (await (await fetch(`${server.url}/api/delivery/articles`)).json()) as {
      docs: { slug: string; title: string }[]
    }
    const [live] = list.docs
    const found = await fetch(
      `${server.url}/api/articles?where[slug][equals]=${live.slug}&depth=0&limit=1`,
    )
    const [article] = ((await found.json()) as { docs: { references: string[] }[] }).docs
    await page.goto(`/admin/collections/references/${article.references[0]}`)
    await waitForState(page, 'published')

    // Alone it is refused, naming the article (Chromium logs the 409 once).
    consoleErrors.expectOnce(/status of 409/)
    await confirmInDialog(page, 'Withdraw', { field: 'reason', value: 'Source superseded.' })
    const dialog = page.getByRole('dialog', { name: 'Withdraw' })
    await dialog.getByText(live.title, { exact: false }).waitFor()
    expect((await fetch(`${server.url}/api/delivery/articles/${live.slug}`)).status).toBe(200)

    await dialog.getByLabel(/Also withdraw the live articles that show it/).check()
    await screenshot(page, 'editor-withdraw-with-articles')
    await dialog.getByRole('button', { name: 'Withdraw', exact: true }).click()
    await waitForState(page, 'withdrawn')
    expect((await fetch(`${server.url}/api/delivery/articles/${live.slug}`)).status).toBe(404)
  })

  it('lets the editor find documents for a release by searching, with Publish off while it cannot go ahead', async () => {
    const page = pages.editor
    await page.goto('/admin/collections/releases/create')
    await page.fill('#field-title', 'Winter update')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.waitForURL(/\/admin\/collections\/releases\/[0-9a-f-]{36}$/)
    await page.getByTestId('release-empty').waitFor()
    expect(await page.getByTestId('release-publish').isDisabled()).toBe(true)
    await page
      .getByTestId('release-publish-blocked')
      .getByText(/no items/)
      .waitFor()
    await page.getByTestId('release-search').fill('Benefits of Taking Baclofen')
    const result = page.getByTestId('release-search-result').filter({
      hasText: 'What Are the Benefits of Taking Baclofen?',
    })
    await result.waitFor()
    await result.getByTestId('release-add').click()
    await page
      .getByTestId('release-item')
      .filter({ hasText: 'What Are the Benefits of Taking Baclofen?' })
      .waitFor()
    // The item says in words why it cannot go ahead, and Publish stays off.
    expect(await page.getByTestId('release-publish').isDisabled()).toBe(true)
    expect(await page.getByTestId('release-item-blockers').first().innerText()).not.toBe('')
    expect(await page.getByText(/POST \/api\//).count()).toBe(0)
    await screenshot(page, 'editor-release-search-and-blockers')
    // JSON fields are text, not a code editor loaded from a CDN (see the origin check below).
    await page.goto('/admin/collections/audit-log')
    await page.locator('table tbody tr a').first().click()
    await page.getByTestId('read-only-json-details').waitFor()
  })

  it('lets a QA member set up two-factor authentication from their account, then asks for the code at login', async () => {
    const qa = await signIn(
      browser,
      server.url,
      'qa@medreview.example',
      server.demoPassword,
      consoleErrors,
      foreignRequests,
    )
    const page = qa.page
    await page.goto('/admin/account')
    const panel = page.getByTestId('second-factor')
    await panel.getByText('Off.').waitFor()
    await panel.getByRole('button', { name: 'Set up two-factor authentication' }).click()
    await panel.getByLabel('Your password').fill(server.demoPassword)
    await panel.getByRole('button', { name: 'Continue' }).click()
    await panel.getByRole('img', { name: /QR code/ }).waitFor()
    const authenticator = new Authenticator(
      (await panel.getByTestId('totp-key').innerText()).replace(/\s+/g, ''),
      0,
    )
    await screenshot(page, 'qa-two-factor-set-up')
    await panel.getByLabel('Code from your authenticator app').fill(await authenticator.code())
    await panel.getByRole('button', { name: 'Turn on' }).click()
    const codes = panel.getByTestId('recovery-codes')
    await codes.waitFor()
    expect(await codes.locator('li').count()).toBe(10)
    await codes.getByRole('button', { name: 'I have saved them' }).click()
    await panel.getByText(/On since .*10 recovery codes left/).waitFor()
    // Nothing was saved with the account form: leaving asks nothing.
    await qa.context.close()

    const again = await signIn(
      browser,
      server.url,
      'qa@medreview.example',
      server.demoPassword,
      consoleErrors,
      foreignRequests,
      authenticator,
    )
    // The month so far: what changed, grouped by document, and why it cannot be signed yet.
    await again.page.goto('/admin/audit-review')
    await again.page.getByRole('heading', { name: 'Audit-trail review', level: 1 }).waitFor()
    const month = again.page.getByRole('form', { name: 'Choose a month' })
    await month.getByLabel('Month').selectOption(new Date().toISOString().slice(0, 7))
    await month.getByRole('button', { name: 'Show the month' }).click()
    await again.page.waitForURL(/month=\d{4}-\d{2}/)
    await again.page.getByText(/This period has not ended yet: it can be signed from/).waitFor()
    await again.page
      .getByRole('heading', { name: new RegExp(TITLE) })
      .first()
      .waitFor()
    expect(await seriousAccessibilityViolations(again.page, ['.audit-review'])).toEqual([])
    await screenshot(again.page, 'qa-audit-review-month')
    // Days the wrong way round: the period is refused in a sentence, the days kept in the form.
    const days = again.page.getByRole('form', { name: 'Choose any days' })
    await days.getByLabel('From').fill('2026-11-20')
    await days.getByLabel('To (included)').fill('2026-11-10')
    await days.getByRole('button', { name: 'Show these days' }).click()
    await again.page
      .getByRole('alert')
      .getByText(/must not be before/)
      .waitFor()
    expect(await days.getByLabel('From').inputValue()).toBe('2026-11-20')
    await screenshot(again.page, 'qa-audit-review-refused-period')
    await again.context.close()
  })

  it('serves /favicon.ico, which the browser may fetch on its own (a 404 there is a console error)', async () => {
    const icon = await fetch(`${server.url}/favicon.ico`)
    expect(icon.status).toBe(200)
    expect(icon.headers.get('content-type')).toMatch(/icon/)
  })

  it('saw no console errors in any page', () => {
    expect(consoleErrors.problems()).toEqual([])
  })

  it('made no request outside the CMS’s origin from any page', () => {
    expect(foreignRequests.list()).toEqual([])
  })
})
