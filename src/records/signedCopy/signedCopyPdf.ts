import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib'

import type { ArticlePage } from '../../delivery/types'
import type { SignedCopy } from './loadSignedCopy'

import { changeLine, copyHeadingLines, manifestationLines, NO_PREVIOUS } from './signedCopyHtml'

type Line = { text: string; bold?: boolean; gap?: boolean }

const PAGE = { width: 595, height: 842, margin: 50, size: 10, leading: 14 } // A4, points

const plain = (html: string): string =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_match, code: string) => String.fromCharCode(Number(code)))
    .replace(
      /&(amp|lt|gt|quot);/g,
      (_match, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name] ?? '',
    )
    .replace(/\s+/g, ' ')
    .trim()

/** The page's reader content as lines of text, in the order the page prints it. */
const pageLines = (page: ArticlePage): Line[] => [
  { text: page.title, bold: true, gap: true },
  { text: page.summary },
  ...page.keyPoints.map((point) => ({ text: `- ${point.title}: ${point.text}` })),
  { text: plain(page.bodyHtml) },
  ...(page.comparisonTable.rows.length
    ? [
        { text: 'How they compare', bold: true, gap: true },
        { text: ['Feature', ...page.comparisonTable.columns].join(' | ') },
        ...page.comparisonTable.rows.map((row) => ({
          text: [row.feature, ...row.cells].join(' | '),
        })),
      ]
    : []),
  ...(page.faqs.length ? [{ text: 'Frequently asked questions', bold: true, gap: true }] : []),
  ...page.faqs.flatMap((faq) => [
    { text: faq.question, bold: true },
    { text: plain(faq.answerHtml) },
  ]),
  ...(page.references.length ? [{ text: 'References', bold: true, gap: true }] : []),
  ...page.references.map((reference) => ({
    text: `[${reference.number}] ${[reference.title, reference.authors, reference.source, reference.year, reference.url].filter(Boolean).join('. ')}`,
  })),
  { text: page.disclaimer.title, bold: true, gap: true },
  { text: plain(page.disclaimer.textHtml) },
]

const copyLines = (copy: SignedCopy): Line[] => [
  ...copyHeadingLines(copy).map((text, index) => ({ text, bold: index === 0 })),
  ...(copy.page
    ? pageLines(copy.page)
    : [{ text: JSON.stringify(copy.content, null, 1), gap: true }]),
  { text: `Signatures (${copy.signatures.length})`, bold: true, gap: true },
  ...copy.signatures.flatMap((signature) =>
    manifestationLines(signature).map((text, index) => ({ text, gap: index === 0 })),
  ),
  { text: `Changes since the previous signature (${copy.changes.length})`, bold: true, gap: true },
  ...(copy.changes.length
    ? copy.changes.map((change) => ({ text: `- ${changeLine(change)}` }))
    : [{ text: NO_PREVIOUS }]),
]

/** The standard fonts encode WinAnsi only: any other character prints as "?". */
const encodable = (font: PDFFont) => {
  const known = new Set(font.getCharacterSet())
  return (text: string) =>
    [...text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-')]
      .map((character) => (known.has(character.codePointAt(0)!) ? character : '?'))
      .join('')
}

const wrap = (text: string, font: PDFFont, width: number): string[] => {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word
    if (line && font.widthOfTextAtSize(next, PAGE.size) > width) {
      lines.push(line)
      line = word
    } else line = next
  }
  return [...lines, line]
}

/** The signed copy as a PDF (pdf-lib, standard fonts: nothing to load, no browser). */
export const signedCopyPdf = async (copy: SignedCopy): Promise<Uint8Array> => {
  const pdf = await PDFDocument.create()
  pdf.setTitle(`Signed copy: ${copy.title}`)
  pdf.setCreator('MedReview CMS')
  // A fixed date: the same signed copy gives the same bytes, so its hash means the content.
  const signedAt = new Date(copy.signatures[copy.signatures.length - 1]!.signedAt)
  pdf.setCreationDate(signedAt)
  pdf.setModificationDate(signedAt)
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const clean = encodable(regular)
  const width = PAGE.width - 2 * PAGE.margin
  let page = pdf.addPage([PAGE.width, PAGE.height])
  let y = PAGE.height - PAGE.margin
  for (const line of copyLines(copy)) {
    const font = line.bold ? bold : regular
    if (line.gap) y -= PAGE.leading / 2
    for (const text of wrap(clean(line.text), font, width)) {
      if (y < PAGE.margin) {
        page = pdf.addPage([PAGE.width, PAGE.height])
        y = PAGE.height - PAGE.margin
      }
      page.drawText(text, { x: PAGE.margin, y, size: PAGE.size, font })
      y -= PAGE.leading
    }
  }
  return pdf.save()
}
