/*
 * The article page as readers see it, in HTML: the example downstream site (examples/site) and the
 * staff preview (src/preview/) render with this one file, so the preview shows what a site prints.
 * Only types are imported: a downstream site can copy it as it is.
 */
import type { ArticlePage } from './types'

/** What the page prints: the delivery answer (the kit's DeliveredArticle has the same shape). */
export type PrintedArticle = Pick<
  ArticlePage,
  | 'title'
  | 'summary'
  | 'keyPoints'
  | 'bodyHtml'
  | 'comparisonTable'
  | 'faqs'
  | 'references'
  | 'disclaimer'
  | 'review'
>

/** Text from the CMS goes into the page escaped; the `…Html` fields are HTML the CMS rendered. */
export const escapeHtml = (value: string | number | null | undefined): string =>
  String(value ?? '').replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

const text = escapeHtml

// A phone (390 px) never scrolls sideways: a wide table scrolls in its own box; long DOIs wrap.
export const PAGE_STYLE = `body{font:17px/1.6 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d2733;overflow-wrap:anywhere}
.byline{color:#3d5a45;font-weight:600}.review-due{background:#fff4e5;border-left:4px solid #b35c00;padding:.4rem .8rem}.table-scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;overflow-wrap:normal}
th,td{border:1px solid #ccd;padding:.4rem;text-align:left;vertical-align:top}
.disclaimer{background:#f4f1e8;border-left:4px solid #b08d2b;padding:.5rem 1rem;margin-top:2rem}`

/** A whole HTML document around `main`; `head` is trusted markup (the JSON-LD script). */
export const pageLayout = (
  title: string,
  main: string,
  head = '',
  header = '',
): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>${text(title)}</title><style>${PAGE_STYLE}</style>${head}</head>
<body><header>${header || '<a href="/">Drug information</a>'}</header><main>${main}</main></body></html>`

const comparisonTable = ({ columns, rows }: PrintedArticle['comparisonTable']): string =>
  rows.length === 0
    ? ''
    : `<section><h2 id="comparison">How they compare</h2><div class="table-scroll" role="region" aria-labelledby="comparison" tabindex="0"><table><thead><tr><th>Feature</th>${columns
        .map((column) => `<th scope="col">${text(column)}</th>`)
        .join('')}</tr></thead><tbody>${rows
        .map(
          (row) =>
            `<tr><th scope="row">${text(row.feature)}</th>${row.cells.map((cell) => `<td>${text(cell)}</td>`).join('')}</tr>`,
        )
        .join('')}</tbody></table></div></section>`

const references = (list: PrintedArticle['references']): string =>
  list.length === 0
    ? ''
    : `<section><h2>References</h2><ol class="references">${list
        .map((reference) => {
          const details = [reference.authors, reference.source, reference.year]
            .filter(Boolean)
            .map(text)
            .join('. ')
          const title = reference.url
            ? `<a href="${text(reference.url)}">${text(reference.title)}</a>`
            : text(reference.title)
          return `<li value="${reference.number}">${title}${details ? `. ${details}` : ''}</li>`
        })
        .join('')}</ol></section>`

const faqs = (list: PrintedArticle['faqs']): string =>
  list.length === 0
    ? ''
    : `<section><h2>Frequently asked questions</h2>${list
        .map(
          (faq) => `<details><summary>${text(faq.question)}</summary>${faq.answerHtml}</details>`,
        )
        .join('')}</section>`

/** The `<article>` element: title, byline, summary, key points, body, table, FAQs, references, disclaimer. */
export const articleHtml = (article: PrintedArticle): string =>
  `<article><h1>${text(article.title)}</h1>
${article.review?.overdueLine ? `<p class="review-due" role="note">${text(article.review.overdueLine)}</p>` : ''}
${article.review ? `<p class="byline">${text(article.review.line)}</p>` : ''}
<p class="summary">${text(article.summary)}</p>
<section><h2>Key points</h2><ul class="key-points">${article.keyPoints
    .map((point) => `<li><strong>${text(point.title)}:</strong> ${text(point.text)}</li>`)
    .join('')}</ul></section>
<div class="body">${article.bodyHtml}</div>
${comparisonTable(article.comparisonTable)}
${faqs(article.faqs)}
${references(article.references)}
<aside class="disclaimer"><h2>${text(article.disclaimer.title)}</h2>${article.disclaimer.textHtml}</aside>
</article>`
