import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import type { DeliveredArticle } from '../../downstream/api-types'
import { ConsoleErrors, launchChromium } from './browser'
import { type ExampleSite, startExampleSite } from './exampleSite'
import { productionHardeningTests } from './hardening'
import { type ProductionServer, startProductionServer } from './productionServer'

const SCREENSHOT = path.resolve('test-results/example-site/article.png')
const TITLE = 'What Are the Benefits of Taking Baclofen?'
const SLUG = 'what-are-the-benefits-of-taking-baclofen'

describe('the example downstream site (examples/site) against the seeded CMS, in Chromium', () => {
  let cms: ProductionServer
  let site: ExampleSite
  let browser: Browser
  let page: Page
  let delivered: DeliveredArticle
  const consoleErrors = new ConsoleErrors()

  beforeAll(async () => {
    rmSync(path.dirname(SCREENSHOT), { recursive: true, force: true })
    cms = await startProductionServer()
    site = await startExampleSite(cms.url)
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } })
    consoleErrors.watch(page)
    delivered = (await (
      await fetch(`${cms.url}/api/delivery/articles/${SLUG}`)
    ).json()) as DeliveredArticle
  })

  afterAll(async () => {
    await browser?.close()
    await site?.stop()
    await cms?.stop()
  })

  it('lists the published articles and opens one', async () => {
    await page.goto(site.url)
    await expect(page.locator('h1').textContent()).resolves.toBe('Drug information')
    await page.getByRole('link', { name: TITLE }).click()
    await page.waitForURL(`${site.url}/articles/${SLUG}`)
    await expect(page.locator('h1').textContent()).resolves.toBe(TITLE)
  })

  it('shows the byline, comparison table, numbered references and the disclaimer', async () => {
    await expect(page.locator('.byline').textContent()).resolves.toBe(delivered.review?.line)
    expect(delivered.review?.line).toMatch(/^Medically reviewed by .+, PharmD/)
    const table = page.getByRole('table')
    await expect(table.locator('thead th').allTextContents()).resolves.toEqual([
      'Feature',
      'Oral Baclofen',
      'Cyclobenzaprine (Flexeril)',
      'Intrathecal Baclofen (ITB)',
    ])
    await expect(table.locator('tbody th').allTextContents()).resolves.toEqual([
      'Primary Use',
      'Administration',
      'Dosing',
      'Mechanism',
      'Side Effects',
    ])
    const references = page.locator('ol.references > li')
    await expect(references.count()).resolves.toBe(8)
    await expect(references.first().getAttribute('value')).resolves.toBe('1')
    await expect(references.first().textContent()).resolves.toContain(delivered.references[0].title)
    await expect(page.locator('.disclaimer h2').textContent()).resolves.toBe('Medical Disclaimer')
    await expect(page.locator('.disclaimer').textContent()).resolves.toContain(
      'should not replace professional medical advice',
    )
    await expect(page.locator('details summary').count()).resolves.toBe(delivered.faqs.length)
  })

  it('puts the JSON-LD in the head', async () => {
    const jsonLd = await page
      .locator('head script[type="application/ld+json"]')
      .evaluate((script) => JSON.parse(script.textContent ?? 'null'))
    expect(jsonLd).toEqual(delivered.jsonLd)
    expect(jsonLd['@type']).toBe('MedicalWebPage')
  })

  it('revalidates with the ETag: a second view is answered 304 by the CMS and looks the same', async () => {
    const before = await page.locator('main').innerHTML()
    const reload = await page.reload()
    expect(reload?.headers()['x-cms-revalidated']).toBe('true')
    await expect(page.locator('main').innerHTML()).resolves.toBe(before)
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true })
    await page.screenshot({ path: SCREENSHOT, fullPage: true })
  })

  it('does not scroll sideways on a 390 px phone: the comparison table scrolls in its own box', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } })
    consoleErrors.watch(phone)
    await phone.goto(`${site.url}/articles/${SLUG}`)
    await phone.getByRole('table').waitFor()
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    )
    expect(await phone.getByRole('region', { name: 'How they compare' }).count()).toBe(1)
    await phone.close()
  })

  // The CMS's own hardening, on this spec's production server (one server less to start).
  productionHardeningTests(() => ({ cms, browser, publishedSlug: SLUG }))

  it('answers 404 for an article that is not published', async () => {
    consoleErrors.expectOnce(/404/)
    const missing = await page.goto(`${site.url}/articles/not-a-published-article`)
    expect(missing?.status()).toBe(404)
    await expect(page.locator('h1').textContent()).resolves.toBe('Not found')
    expect(consoleErrors.problems()).toEqual([])
  })
})
