/*
 * The delivery page under `next dev`. `npm start` answers it before Next (server.mjs), the tests'
 * adapter likewise; all three share src/delivery/serve/deliveryAnswer.ts.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { deliveryResponder } from '../../../../../../delivery/serve/deliveryAnswer'
import { fromWebRequest, toWebResponse } from '../../../../../../delivery/serve/webDelivery'

const { answer } = deliveryResponder(() => getPayload({ config }))

const deliver = async (request: Request) => toWebResponse((await answer(fromWebRequest(request)))!)

export const GET = deliver
export const HEAD = deliver
export const OPTIONS = deliver
