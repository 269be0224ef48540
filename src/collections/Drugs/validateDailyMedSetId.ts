import type { TextFieldSingleValidation } from 'payload'

import { dailyMedSetIdSchema } from '../../drugs/dailyMedSetId'
import { isBlank, validateWith } from '../../validation/payloadValidator'

/** Optional; when given, a UUID (the label watch asks DailyMed about it). */
export const validateDailyMedSetId: TextFieldSingleValidation = (value) =>
  isBlank(value) ? true : validateWith(dailyMedSetIdSchema, value)
