import type { ArticleList, DeliveredArticle } from '../../downstream/api-types'

/** Text from the CMS goes into the page escaped; the `…Html` fields are HTML the CMS rendered. */
const text = (value: string | number | null | undefined): string =>
  String(value ?? '').replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

// A phone (390 px) never scrolls sideways: a wide table scrolls in its own box; long DOIs wrap.
const STYLE = `body{font:17px/1.6 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d2733;overflow-wrap:anywhere}
.byline{color:#3d5a45;font-weight:600}.table-scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;overflow-wrap:normal}
th,td{border:1px solid #ccd;padding:.4rem;text-align:left;vertical-align:top}
.disclaimer{background:#f4f1e8;border-left:4px solid #b08d2b;padding:.5rem 1rem;margin-top:2rem}`

const layout = (title: string, main: string, head = ''): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>${text(title)}</title><style>${STYLE}</style>${head}</head>
<body><header><a href="/">Drug information</a></header><main>${main}</main></body></html>`

export const renderIndex = (list: ArticleList): string =>
  layout(
    'Drug information',
    `<h1>Drug information</h1><ul class="articles">${list.docs
      .map(
        (entry) =>
          `<li><a href="/articles/${encodeURIComponent(entry.slug)}">${text(entry.title)}</a><p>${text(entry.summary)}</p></li>`,
      )
      .join('')}</ul>`,
  )

const comparisonTable = ({ columns, rows }: DeliveredArticle['comparisonTable']): string =>
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

const references = (list: DeliveredArticle['references']): string =>
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

export const renderArticle = (article: DeliveredArticle): string =>
  layout(
    article.title,
    `<article><h1>${text(article.title)}</h1>
${article.review ? `<p class="byline">${text(article.review.line)}</p>` : ''}
<p class="summary">${text(article.summary)}</p>
<section><h2>Key points</h2><ul class="key-points">${article.keyPoints
      .map((point) => `<li><strong>${text(point.title)}:</strong> ${text(point.text)}</li>`)
      .join('')}</ul></section>
<div class="body">${article.bodyHtml}</div>
${comparisonTable(article.comparisonTable)}
${
  article.faqs.length
    ? `<section><h2>Frequently asked questions</h2>${article.faqs
        .map(
          (faq) => `<details><summary>${text(faq.question)}</summary>${faq.answerHtml}</details>`,
        )
        .join('')}</section>`
    : ''
}
${references(article.references)}
<aside class="disclaimer"><h2>${text(article.disclaimer.title)}</h2>${article.disclaimer.textHtml}</aside>
</article>`,
    article.jsonLdScript,
  )

export const renderNotFound = (): string =>
  layout('Not found', '<h1>Not found</h1><p>This article is not published.</p>')
