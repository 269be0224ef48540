/** Next calls this once when a server starts (`next start`, `next dev`, server.mjs), before it serves. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { refuseMethodsFetchRejects } = await import('./lifecycle/refuseMethodsFetchRejects')
    refuseMethodsFetchRejects()
    const { offerDeliveryToServer } = await import('./lifecycle/offerDeliveryToServer')
    offerDeliveryToServer()
  }
}
