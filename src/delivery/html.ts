import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

/** Lexical JSON as bare HTML (no wrapper), text escaped and link URLs sanitised by Payload's converters. */
export const richTextToHtml = (document: unknown): string =>
  document && typeof document === 'object' && 'root' in document
    ? convertLexicalToHTML({ data: document as SerializedEditorState, disableContainer: true })
    : ''
