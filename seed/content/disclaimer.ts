import { lexicalDocument, paragraph } from '../lexical'

export const medicalDisclaimer = {
  title: 'Medical Disclaimer',
  text: lexicalDocument(
    paragraph(
      'This content is for informational purposes only and should not replace professional medical advice.',
    ),
  ),
  isDefault: true,
  _status: 'published' as const,
}
