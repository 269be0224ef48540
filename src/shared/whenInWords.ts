const FORMAT = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
})

/** A moment as people read it (the inbox, messages, audit comments): "2 Dec 2026, 14:05 UTC". */
export const whenInWords = (iso: string): string => `${FORMAT.format(new Date(iso))} UTC`
