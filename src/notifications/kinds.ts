/**
 * The kinds of email a person can switch off in their account, one checkbox each (all on by
 * default). Each notification event belongs to one kind.
 */
export const EMAIL_KINDS = [
  { name: 'reviewRequests', label: 'A review is submitted or assigned to me' },
  { name: 'changesRequested', label: 'Changes are requested on my content' },
  { name: 'comments', label: 'Someone comments on my content' },
  { name: 'signedOff', label: 'Content is signed off and waits for publication (editors)' },
  { name: 'publication', label: 'My content is published or withdrawn' },
  {
    name: 'scheduling',
    label: 'A scheduled publication, withdrawal or release could not go ahead (editors)',
  },
  { name: 'digest', label: 'Daily digest of overdue reviews and assignments' },
] as const

export type EmailKind = (typeof EMAIL_KINDS)[number]['name']

export type EmailPreferences = Partial<Record<EmailKind, boolean | null>>

export const wantsEmail = (
  preferences: EmailPreferences | null | undefined,
  kind: EmailKind,
): boolean => preferences?.[kind] !== false
