import ipaddr from 'ipaddr.js'

import { type AllowedHost, isAllowedHost, normalHostname } from './allowedHosts'

/**
 * Where a webhook may be sent. The CMS POSTs to whatever URL an admin saves, from inside the
 * network it runs in, so an internal URL would let anyone holding an admin account (or its
 * token) reach what only this server can: the cloud metadata service (169.254.169.254,
 * metadata.google.internal), databases and admin ports on loopback or the private network.
 * Anything but a public unicast address is refused unless WEBHOOK_ALLOWED_HOSTS lists the host.
 */

const RANGE_REASONS: Record<string, string> = {
  loopback: 'a loopback address (this server itself)',
  private: 'a private network address',
  uniqueLocal: 'a private network address',
  linkLocal: 'a link-local address (where cloud metadata services answer)',
  carrierGradeNat: 'a shared (carrier-grade NAT) network address',
  unspecified: 'the unspecified address (this server itself)',
  broadcast: 'the broadcast address',
  multicast: 'a multicast address',
  reserved: 'a reserved address',
  ipv4Mapped: 'an IPv6 address standing for an IPv4 address',
  rfc6145: 'an IPv6 address standing for an IPv4 address',
  rfc6052: 'an IPv6 address standing for an IPv4 address',
  '6to4': 'an IPv6 address standing for an IPv4 address',
  teredo: 'an IPv6 address standing for an IPv4 address',
}

/**
 * Names that never belong to a public receiver: `localhost` and `*.localhost` (RFC 6761), mDNS
 * `*.local` (RFC 6762), `*.home.arpa` (RFC 8375), `*.internal` (reserved for private use by
 * ICANN in 2024; metadata.google.internal), `*.localdomain` and `*.test`. A name without a dot
 * is completed by the server's DNS search domains, i.e. an intranet host.
 */
const INTERNAL_SUFFIXES = ['localhost', 'local', 'home.arpa', 'internal', 'localdomain', 'test']

const IPV4_COMPATIBLE = ipaddr.parseCIDR('::/96')

const stripBrackets = (hostname: string) => hostname.replace(/^\[(.*)\]$/, '$1')

/** What kind of internal address `address` is, or undefined for a public unicast one. */
export const internalKind = (address: string): string | undefined => {
  const bare = stripBrackets(address)
  if (!ipaddr.isValid(bare)) return 'not an IP address'
  const parsed = ipaddr.parse(bare)
  const range = parsed.range()
  // ipaddr.js calls the deprecated IPv4-compatible block (::/96, RFC 4291 2.5.5.1) unicast, but
  // `::127.0.0.1` stands for 127.0.0.1 wherever the host still tunnels it.
  if (range === 'unicast' && parsed.kind() === 'ipv6' && parsed.match(IPV4_COMPATIBLE)) {
    return 'an IPv6 address standing for an IPv4 address'
  }
  if (range === 'unicast') return undefined
  return RANGE_REASONS[range] ?? `a special-purpose address (${range})`
}

/** Why nothing may be sent to `address` (an IP address), or undefined for a public one. */
export const addressRefusal = (address: string): string | undefined => {
  const kind = internalKind(address)
  return kind && `${stripBrackets(address)} is ${kind}`
}

/** Why nothing may be sent to the host name `name`, or undefined when it may be public. */
export const nameRefusal = (name: string): string | undefined => {
  const hostname = normalHostname(name)
  if (INTERNAL_SUFFIXES.some((end) => hostname === end || hostname.endsWith(`.${end}`))) {
    return `${hostname} is an internal name`
  }
  return hostname.includes('.') ? undefined : `${hostname} is a local name without a domain`
}

/** Whether the URL's host is an IP address (new URL() has already turned 0x7f000001 into 127.0.0.1). */
export const isAddressHost = (url: URL): boolean => ipaddr.isValid(stripBrackets(url.hostname))

/**
 * Why a webhook may not be sent to `url`, judged from the URL alone (the save check; delivery
 * also checks what the name resolves to), or undefined when it may.
 */
export const targetRefusal = (url: URL, allowed: AllowedHost[]): string | undefined => {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `${url.protocol} is not http(s)`
  if (isAllowedHost(url, allowed)) return undefined
  return isAddressHost(url) ? addressRefusal(url.hostname) : nameRefusal(url.hostname)
}

/** The sentence an admin reads for a refused target. */
export const refusalMessage = (reason: string): string =>
  `Webhooks are not sent to internal addresses: ${reason}. Use the receiver's public address, or ` +
  'ask the operator to list the host in WEBHOOK_ALLOWED_HOSTS.'
