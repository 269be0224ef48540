/*
 * The benchmark's (f): constant JSON from a route in the same Next server, the framework's own
 * floor. Off (404) unless BENCH_FLOOR_FILE names the bytes to send; read once.
 */
import { readFileSync } from 'node:fs'

export const dynamic = 'force-dynamic'

let body: Uint8Array<ArrayBuffer> | undefined

export const GET = (): Response => {
  const file = process.env.BENCH_FLOOR_FILE
  if (!file) return new Response(null, { status: 404 })
  body ??= new Uint8Array(readFileSync(file))
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
