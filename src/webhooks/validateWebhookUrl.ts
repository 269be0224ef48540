import type { TextFieldSingleValidation } from 'payload'

import { settingsOf } from '../config/settings'
import { isBlank, validateWith } from '../validation/payloadValidator'
import { urlSchema } from '../validation/reference'
import { refusalMessage, targetRefusal } from './webhookTarget'

/**
 * The webhook URL: a full http(s) address whose host is not internal. Checked on every save
 * (REST, GraphQL, Local API, admin); delivery checks again after resolving the name.
 */
export const validateWebhookUrl: TextFieldSingleValidation = (value, { req }) => {
  if (isBlank(value)) return 'Enter the URL to POST events to'
  const valid = validateWith(urlSchema, value)
  if (valid !== true) return valid
  const refusal = targetRefusal(
    new URL(String(value).trim()),
    settingsOf(req.payload).webhookAllowedHosts,
  )
  return refusal ? refusalMessage(refusal) : true
}
