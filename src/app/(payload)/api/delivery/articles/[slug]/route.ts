/* The delivery page on its own lean route (src/delivery/leanDelivery.ts), ahead of /api/[...slug]. */
import config from '@payload-config'

import { leanDeliveryHandler } from '../../../../../../delivery/leanDelivery'

const deliver = leanDeliveryHandler(config)

export const GET = async (request: Request, { params }: { params: Promise<{ slug: string }> }) =>
  deliver(request, (await params).slug)
