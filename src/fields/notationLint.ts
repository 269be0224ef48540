import type { RichTextField, TextareaField, TextField } from 'payload'

const TEXT_FINDINGS = '/components/admin/notation/NotationTextFindings#NotationTextFindings'
const RICH_TEXT_FINDINGS =
  '/components/admin/notation/NotationRichTextFindings#NotationRichTextFindings'

/**
 * A clinical text field that shows the dose-notation findings under itself as the writer types
 * (the same rules the submission applies, src/clinical/notation/rules.ts). Admin only: the data
 * and the API are unchanged.
 */
export const withNotationLint = <Linted extends RichTextField | TextareaField | TextField>(
  field: Linted,
): Linted => ({
  ...field,
  admin: {
    ...field.admin,
    components: {
      ...field.admin?.components,
      afterInput: [field.type === 'richText' ? RICH_TEXT_FINDINGS : TEXT_FINDINGS],
    },
  },
})
