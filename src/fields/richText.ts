import type { RichTextField } from 'payload'

import { richText as payloadRichTextValidation } from 'payload/shared'

import { contentEditor } from '../richText/editor'
import { richTextProblem } from '../richText/richTextProblem'

/** A rich text field on the content editor that refuses unknown elements and unsafe links. */
export const richTextField = (
  field: Omit<RichTextField, 'editor' | 'type' | 'validate'>,
): RichTextField => ({
  ...field,
  type: 'richText',
  editor: contentEditor,
  validate: async (value, options) => {
    const problem = richTextProblem(value)
    if (problem) return `This text ${problem}.`
    return payloadRichTextValidation(value, options)
  },
})
