import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/**
 * The workflow core (src/workflow/) imports no feature folder: features register their
 * requirements and subscribe to its events (src/features.ts). This reads the source, without
 * booting the app.
 */
const SRC = path.resolve(process.cwd(), 'src')
const CORE = path.join(SRC, 'workflow')

const FEATURE_FOLDERS = [
  'notifications',
  'scheduling',
  'reviewComments',
  'evidence',
  'webhooks',
  'releases',
  'delivery',
  'records',
  'reviewRequests',
  'drugs',
  'collections',
  'clinical',
]

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(name) ? [full] : []
  })

/** `from '…'`, `import '…'`, `import('…')` and `require('…')` specifiers in one file's text. */
const specifiers = (source: string): string[] =>
  [...source.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g)].map(
    (match) => match[1],
  )

/** The feature folder a specifier in `file` reaches, if any (relative or `@/`-style paths). */
const featureReached = (file: string, specifier: string): string | undefined => {
  const resolved = specifier.startsWith('.')
    ? path.relative(SRC, path.resolve(path.dirname(file), specifier))
    : specifier.replace(/^(@|~)\//, '').replace(/^src\//, '')
  const [first] = resolved.split(/[\\/]/)
  return FEATURE_FOLDERS.includes(first) ? first : undefined
}

const offenders = (files: { file: string; source: string }[]): string[] =>
  files.flatMap(({ file, source }) =>
    specifiers(source)
      .filter((specifier) => featureReached(file, specifier))
      .map((specifier) => `${path.relative(SRC, file)} imports ${specifier}`),
  )

describe('the workflow core', () => {
  it('imports no feature folder', () => {
    const files = sourceFiles(CORE).map((file) => ({ file, source: readFileSync(file, 'utf8') }))
    expect(files.length).toBeGreaterThan(50)
    expect(offenders(files)).toEqual([])
  })

  it('would notice an import of a feature, however it is written', () => {
    const at = (relative: string) => path.join(CORE, relative)
    expect(
      offenders([
        {
          file: at('actions/submit.ts'),
          source: "import { notify } from '../../notifications/notify'",
        },
        { file: at('status.ts'), source: "import type { X } from '../scheduling/scheduleRecord'" },
        { file: at('hooks/index.ts'), source: "const m = await import('../../webhooks/events')" },
        { file: at('states.ts'), source: "export { Articles } from '../collections/Articles'" },
      ]),
    ).toEqual([
      'workflow/actions/submit.ts imports ../../notifications/notify',
      'workflow/status.ts imports ../scheduling/scheduleRecord',
      'workflow/hooks/index.ts imports ../../webhooks/events',
      'workflow/states.ts imports ../collections/Articles',
    ])
  })

  it('lets the core import itself, shared code and the access policy', () => {
    expect(
      offenders([
        {
          file: path.join(CORE, 'actions/assign.ts'),
          source: [
            "import { judge } from '../../access/policy'",
            "import { describeIn } from '../../shared/describe'",
            "import { recordAudit } from '../audit'",
            "import type { Release } from '../../payload-types'",
          ].join('\n'),
        },
      ]),
    ).toEqual([])
  })
})
