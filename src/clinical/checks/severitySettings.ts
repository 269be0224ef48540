import { z } from 'zod'

import type { CheckSeverity, ClinicalFinding } from '../finding'

/** The publisher's severity per rule code (CHECK_SEVERITY), over each rule's own default. */
export type SeverityOverrides = Readonly<Record<string, CheckSeverity>>

const RULE_CODE = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/
const SEVERITIES: readonly string[] = ['block', 'warn', 'off'] satisfies CheckSeverity[]

/**
 * CHECK_SEVERITY="notation.cc=block,a11y.link-text=off": comma-separated `rule=severity`
 * entries. A bad entry fails the start-up, named with what is wrong with it. Whether the rule
 * exists is checked once the checks have registered (knownSeverityRules.ts).
 */
export const checkSeveritySchema = z
  .string()
  .optional()
  .transform((list, ctx): SeverityOverrides => {
    const overrides: Record<string, CheckSeverity> = {}
    const entries = (list ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
    for (const entry of entries) {
      const [rule = '', severity = '', ...rest] = entry.split('=').map((part) => part.trim())
      const problem =
        rest.length || !entry.includes('=')
          ? 'write it as rule=block, rule=warn or rule=off'
          : !RULE_CODE.test(rule)
            ? `"${rule}" is not a rule code (e.g. notation.trailing-zero, a11y.link-text)`
            : !SEVERITIES.includes(severity)
              ? `the severity must be block, warn or off, not "${severity}"`
              : rule in overrides
                ? `${rule} is given twice`
                : undefined
      if (problem) ctx.addIssue({ code: 'custom', message: `entry "${entry}": ${problem}` })
      else overrides[rule] = severity as CheckSeverity
    }
    return overrides
  })

/** The severity a finding is stored and judged with: the publisher's, else the rule's own. */
export const appliedSeverity = (
  finding: Pick<ClinicalFinding, 'rule' | 'severity'>,
  overrides: SeverityOverrides,
): CheckSeverity => overrides[finding.rule] ?? finding.severity
