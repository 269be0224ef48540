import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { TemplateData, TemplateName } from './templateRecipes'

export type Template = { file: string; data: TemplateData }

/** Set by test/globalSetup.ts: a directory of this run's templates, removed after the run. */
export const TEMPLATE_DIRECTORY_VARIABLE = 'MEDREVIEW_TEST_TEMPLATES'

// A loaded machine (two workers, the seed's sign-offs) builds a template in well under this.
const BUILD_TIMEOUT_MS = 300_000
const POLL_MS = 200

const BUILDER = fileURLToPath(new URL('./buildTemplate.ts', import.meta.url))
const ROOT = path.resolve(path.dirname(BUILDER), '../..')

const build = (name: TemplateName, file: string, dataFile: string): Promise<void> =>
  new Promise((resolve, reject) => {
    // Without the development condition, Node 20.20 may exit 13 silently when it imports Lexical.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_OPTIONS: '--no-deprecation --conditions=development',
    }
    // The template is built on the defaults: a spec's own settings apply when its app starts.
    delete env.DATABASE_URI
    delete env.PAYLOAD_MIGRATING
    const child = spawn(process.execPath, ['--import', 'tsx/esm', BUILDER, name, file, dataFile], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), BUILD_TIMEOUT_MS)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolve()
      else reject(new Error(`building the ${name} template failed (${code ?? signal}):\n${output}`))
    })
  })

/** Every template, so globalSetup can build them before the specs' hooks start their clocks. */
export const TEMPLATE_NAMES: TemplateName[] = [
  'schema',
  'team',
  'teamAndDisclaimer',
  'callers',
  'seedAndTeam',
]

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The template database `name` of this test run, built by the first spec that asks for it (the
 * other workers wait for it): a copy starts a spec with the schema and the accounts in place.
 */
export const template = async (name: TemplateName): Promise<Template> => {
  const directory = process.env[TEMPLATE_DIRECTORY_VARIABLE]
  if (!directory) {
    throw new Error(`${TEMPLATE_DIRECTORY_VARIABLE} is not set: run specs with jest.config.js`)
  }
  const extension = process.env.TEST_DATABASE === 'mongodb' ? 'ejson' : 'db'
  const file = path.join(directory, `${name}.${extension}`)
  const dataFile = path.join(directory, `${name}.json`)
  const failedFile = path.join(directory, `${name}.failed`)
  const read = (): Template => ({ file, data: JSON.parse(fs.readFileSync(dataFile, 'utf8')) })
  if (fs.existsSync(dataFile)) return read()
  let mine = true
  try {
    fs.mkdirSync(path.join(directory, `${name}.lock`))
  } catch {
    mine = false
  }
  if (mine) {
    try {
      // One retry: a builder that dies at start-up on a loaded machine should not fail the run.
      await build(name, file, dataFile).catch(() => build(name, file, dataFile))
    } catch (error) {
      fs.writeFileSync(failedFile, String(error))
      throw error
    }
    return read()
  }
  for (let waited = 0; waited < BUILD_TIMEOUT_MS; waited += POLL_MS) {
    if (fs.existsSync(dataFile)) return read()
    if (fs.existsSync(failedFile)) throw new Error(fs.readFileSync(failedFile, 'utf8'))
    await sleep(POLL_MS)
  }
  throw new Error(`the ${name} template was not built within ${BUILD_TIMEOUT_MS / 1000} s`)
}

/** Builds every template, two at a time (the machine's two cores), before the first spec starts. */
export const buildTemplates = async (): Promise<void> => {
  const queue = [...TEMPLATE_NAMES]
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) await template(name)
  }
  await Promise.all([worker(), worker()])
}
