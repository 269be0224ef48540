import type { Page } from 'playwright-core'
import path from 'node:path'

const AXE = path.resolve('node_modules/axe-core/axe.min.js')

type AxeViolation = {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/**
 * axe-core's serious and critical violations inside `selectors` (the project's own components,
 * not Payload's admin around them), one line each: rule, what it asks, where.
 */
export const seriousAccessibilityViolations = async (
  page: Page,
  selectors: string[],
): Promise<string[]> => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE })
  const violations = await page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe
    const result = (await axe.run({ include }, { resultTypes: ['violations'] })) as {
      violations: AxeViolation[]
    }
    return result.violations
  }, selectors)
  return violations
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .map(
      ({ id, impact, help, nodes }) =>
        `${impact} ${id} (${help}): ${nodes.map(({ target }) => target.join(' ')).join(', ')}`,
    )
}
