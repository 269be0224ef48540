/** Next calls this once when a server starts (`next start`, `next dev`), before it serves. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { refuseMethodsFetchRejects } = await import('./lifecycle/refuseMethodsFetchRejects')
  refuseMethodsFetchRejects()
}
