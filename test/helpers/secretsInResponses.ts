/** A credential as a JSON value: the key followed by a string (permission maps hold objects). */
const SECRET_VALUE = /"(hash|salt|resetPasswordToken|apiKey)"\s*:\s*"/

/**
 * Every response a spec receives is checked: no password hash, salt, reset token or API key may
 * appear, whatever the endpoint, role or error.
 */
export const findSecretsInResponses = (bodies: string[], knownSecrets: string[]): string[] =>
  bodies.flatMap((body) => [
    ...(SECRET_VALUE.test(body)
      ? [`${body.match(SECRET_VALUE)?.[1]} in ${body.slice(0, 200)}`]
      : []),
    ...knownSecrets
      .filter((secret) => body.includes(secret))
      .map(() => `a known API key in ${body.slice(0, 200)}`),
  ])
