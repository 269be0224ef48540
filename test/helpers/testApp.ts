import type { Server } from 'node:http'

import { createPayloadHttpServer } from '../../support/nodeHttpServer'
import { startThrowawayApp, type ThrowawayApp } from '../../support/throwawayApp'
import { openApiContract } from './openApiContract'
import { pbkdf2Memo } from './passwordKeyMemo'
import { findSecretsInResponses } from './secretsInResponses'
import type { TemplateData, TemplateName } from './templateRecipes'
import { template } from './templates'

export type TestApp = ThrowawayApp & {
  server: Server
  /** API keys issued in this spec: no response may contain one. */
  knownSecrets: string[]
}

/**
 * Boots the real Payload config on a fresh database for one spec file, behind an HTTP server;
 * closing it also checks that no response of the spec carried a secret, and that every answer of
 * an endpoint in downstream/openapi.json matches the document (status, media type, body).
 * The database is a copy of this run's `schema` template: migrated, with no documents.
 */
export const startTestApp = async (env: Record<string, string> = {}): Promise<TestApp> =>
  (await startTestAppFrom('schema', env)).app

/** Boots the app on a copy of the template `name` (test/helpers/templateRecipes.ts). */
export const startTestAppFrom = async (
  name: TemplateName,
  env: Record<string, string> = {},
): Promise<{ app: TestApp; data: TemplateData }> => {
  const { file, data } = await template(name)
  // The template's members log in and sign without deriving their password keys again.
  pbkdf2Memo.remember(data.passwordKeys ?? [])
  // The team is not enrolled in a second factor: test/second-factor.spec.ts requires it.
  const app = await startThrowawayApp({ MFA_REQUIRED_ROLES: '', ...env }, { template: file })
  const bodies: string[] = []
  const knownSecrets: string[] = []
  const contract = openApiContract()
  const contractViolations: string[] = []
  const server = createPayloadHttpServer(app.config, ({ request, response, body }) => {
    bodies.push(body)
    contractViolations.push(
      ...contract.violationsOf({
        method: request.method,
        pathname: new URL(request.url).pathname,
        status: response.status,
        contentType: response.headers.get('content-type'),
        body,
      }),
    )
  })
  if (data.consumerKey) knownSecrets.push(data.consumerKey)
  const testApp: TestApp = {
    ...app,
    server,
    knownSecrets,
    close: async () => {
      await app.close()
      const leaks = findSecretsInResponses(bodies, knownSecrets)
      if (leaks.length) throw new Error(`Secrets in HTTP responses:\n${leaks.join('\n')}`)
      if (contractViolations.length) {
        throw new Error(
          `Answers that downstream/openapi.json does not allow:\n${[...new Set(contractViolations)].join('\n')}`,
        )
      }
    },
  }
  return { app: testApp, data }
}
