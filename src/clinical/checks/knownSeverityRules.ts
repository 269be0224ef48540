import type { SeverityOverrides } from './severitySettings'

import { InvalidEnvironmentError } from '../../config/env'
import { registeredRuleCodes } from './registry'

/**
 * Refuses a CHECK_SEVERITY entry naming a rule no registered check has: a misspelt code would
 * otherwise leave the rule at its own severity while the publisher believes it changed. Called
 * once the features have registered their checks (src/payload.config.ts).
 */
export const requireKnownSeverityRules = (overrides: SeverityOverrides): void => {
  const known = new Set(registeredRuleCodes())
  const unknown = Object.keys(overrides).filter((rule) => !known.has(rule))
  if (!unknown.length) return
  const list = [...known].sort().join(', ')
  throw new InvalidEnvironmentError(
    unknown.map((rule) => ({
      code: 'custom',
      path: ['CHECK_SEVERITY'],
      input: rule,
      message: `no check has the rule "${rule}"; the rules are ${list}`,
    })),
  )
}
