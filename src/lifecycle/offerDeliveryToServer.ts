import config from '@payload-config'
import { getPayload } from 'payload'

import { nodeDeliveryHandler } from '../delivery/serve/nodeDelivery'

/** Where server.mjs finds the delivery handler of this Next build. */
export const DELIVERY_HANDLER = Symbol.for('medreview.deliveryHandler')

/**
 * Hands server.mjs (`npm start`) the delivery API on node:http, bound to this build's Payload
 * (the same instance Next's routes use), so delivery reads skip Next's route runtime.
 */
export const offerDeliveryToServer = (): void => {
  ;(globalThis as Record<symbol, unknown>)[DELIVERY_HANDLER] = nodeDeliveryHandler(() =>
    getPayload({ config }),
  )
}
