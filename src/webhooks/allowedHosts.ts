import { z } from 'zod'

/** A WEBHOOK_ALLOWED_HOSTS entry: a host (any port) or a host and one port. */
export type AllowedHost = { hostname: string; port?: string }

/** Lower case, without the trailing dot DNS allows (`localhost.` is `localhost`). */
export const normalHostname = (hostname: string): string =>
  hostname.toLowerCase().replace(/\.+$/, '')

/** The port a URL connects to, spelled out even when it is the scheme's default. */
export const portOf = (url: URL): string => url.port || (url.protocol === 'https:' ? '443' : '80')

/**
 * Parses an entry the way URLs parse hosts, so `0x7f000001` in the list and `127.0.0.1` in a
 * webhook URL are the same host. An IPv6 address is written in brackets: `[::1]:8080`.
 */
const parseAllowedHost = (entry: string): AllowedHost | undefined => {
  if (/[/?#@\s\\]/.test(entry)) return undefined
  let url: URL
  try {
    url = new URL(`http://${entry}`)
  } catch {
    return undefined
  }
  if (!url.hostname) return undefined
  const port = /:(\d{1,5})$/.exec(entry)?.[1]
  return { hostname: normalHostname(url.hostname), ...(port ? { port: String(Number(port)) } : {}) }
}

/** WEBHOOK_ALLOWED_HOSTS: comma-separated hosts or host:port, e.g. `127.0.0.1:4000,hooks.lan`. */
export const allowedHostsSchema = z
  .string()
  .optional()
  .transform((list) =>
    (list ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .transform((entries, ctx) =>
    entries.map((entry) => {
      const host = parseAllowedHost(entry)
      if (!host) {
        ctx.addIssue({
          code: 'custom',
          message: `"${entry}" is not a host name, an IP address or host:port`,
        })
      }
      return host ?? { hostname: '' }
    }),
  )

export const isAllowedHost = (url: URL, allowed: AllowedHost[]): boolean => {
  const hostname = normalHostname(url.hostname)
  const port = portOf(url)
  return allowed.some((host) => host.hostname === hostname && (!host.port || host.port === port))
}
