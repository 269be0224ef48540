import { readEnv } from './env'

/**
 * Payload's auth cookie (`payload-token`) is `Secure` when the CMS is served over https
 * (SERVER_URL), so a browser never sends it over plain http; a local or test instance on http
 * keeps working. Payload's default SameSite (Lax) stays.
 */
export const authCookies = (serverUrl = readEnv().SERVER_URL): { secure: boolean } => ({
  secure: Boolean(serverUrl?.startsWith('https://')),
})
