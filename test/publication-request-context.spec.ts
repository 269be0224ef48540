import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/**
 * Values handed between an operation and its hooks go through one typed module
 * (src/shared/requestContext.ts). This reads the source, without booting the app.
 */
const SRC = path.resolve(process.cwd(), 'src')
const MODULE = path.join('shared', 'requestContext.ts')

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(name) ? [full] : []
  })

/** `req.context`, `context[…]`, `context?.[…]`, `context.key` — but not GraphQL's resolver context. */
const CONTEXT_USE =
  /\breq\??\.context\b|\bcontext\??\.?\[|\bcontext\??\.(?!req\b|reportError\b|getDocument\b)\w+/

const offenders = (): string[] =>
  sourceFiles(SRC)
    .filter((file) => path.relative(SRC, file) !== MODULE)
    .filter((file) => !file.endsWith('payload-types.ts'))
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, index }))
        .filter(({ line }) => CONTEXT_USE.test(line))
        .map(({ line, index }) => `${path.relative(SRC, file)}:${index + 1}: ${line.trim()}`),
    )

describe('request context', () => {
  it('is read and written only through src/shared/requestContext.ts', () => {
    expect(offenders()).toEqual([])
  })

  it('would notice a direct use', () => {
    expect(CONTEXT_USE.test('if (req.context?.draftSave) return')).toBe(true)
    expect(CONTEXT_USE.test("req.context['x'] = 1")).toBe(true)
    expect(CONTEXT_USE.test('if (context[FLAG]) return doc')).toBe(true)
    expect(CONTEXT_USE.test('inTransaction(context.req, () =>')).toBe(false)
  })
})
