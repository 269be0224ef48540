import { z } from 'zod'

/**
 * A DailyMed set id: the SPL set id of a label, a UUID (the `setid=` part of the label's
 * DailyMed address). It becomes a path segment of a DailyMed request, so nothing else passes.
 */
export const dailyMedSetIdSchema = z
  .string()
  .trim()
  .regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    'Enter the DailyMed set id as a UUID, e.g. 0d1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8 (the setid= part of the label’s DailyMed address)',
  )
