import { createHash } from 'node:crypto'

import type { ArticlePreview } from './articlePreview'

import { articleHtml, escapeHtml, pageLayout } from '../delivery/pageHtml'
import { stateInWords } from '../workflow/states'

/*
 * In the admin's live-preview pane the page tells Payload it is ready, then reloads when a save
 * gives the article a new version (Payload posts a `payload-document-event` after each save).
 */
const reloadOnSave = (jsonUrl: string, versionId: string | null): string =>
  `(function(){if(window.parent===window)return;var shown=${JSON.stringify(versionId)};` +
  `window.parent.postMessage({type:'payload-live-preview',ready:true},location.origin);` +
  `addEventListener('message',function(e){if(e.origin!==location.origin||!e.data||e.data.type!=='payload-document-event')return;` +
  `fetch(${JSON.stringify(jsonUrl)},{credentials:'same-origin'}).then(function(r){return r.json()}).then(function(p){` +
  `if(p&&p.shown&&p.shown[0]&&p.shown[0].versionId!==shown)location.reload()})})})()`

const BANNER_STYLE = `.preview-banner{font:14px/1.4 system-ui,sans-serif;background:#fff4d6;border:1px solid #d9b44a;padding:.5rem .75rem;margin-bottom:1.5rem}
.preview-banner ul{margin:.25rem 0 0;padding-left:1.2rem}`

const banner = ({ shown, warnings }: ArticlePreview): string => {
  const [article] = shown
  return `<div class="preview-banner" role="note" data-testid="preview-banner"><strong>Staff preview</strong>, never shown to readers: the latest saved versions of the article (${escapeHtml(stateInWords(article?.state ?? 'draft'))})${shown.length > 1 ? ` and of its ${shown.length - 1} linked document${shown.length > 2 ? 's' : ''}` : ''}, as the page will print them once published.${
    warnings.length
      ? `<ul>${warnings.map((warning) => `<li>${escapeHtml(warning)}</li>`).join('')}</ul>`
      : ''
  }</div>`
}

const sha256 = (script: string) =>
  `'sha256-${createHash('sha256').update(script).digest('base64')}'`

/** The preview page and the CSP that lets only its own script run, framed by the CMS alone. */
export const previewPage = (
  preview: ArticlePreview,
  jsonUrl: string,
): { html: string; contentSecurityPolicy: string } => {
  const script = reloadOnSave(jsonUrl, preview.shown[0]?.versionId ?? null)
  const html = pageLayout(
    `Preview: ${preview.page.title}`,
    banner(preview) + articleHtml(preview.page),
    `<meta name="robots" content="noindex"><style>${BANNER_STYLE}</style><script>${script}</script>`,
    '<span>Drug information</span>',
  )
  return {
    html,
    contentSecurityPolicy: [
      "default-src 'none'",
      "style-src 'unsafe-inline'",
      "img-src 'self' data:",
      `script-src ${sha256(script)}`,
      "connect-src 'self'",
      "frame-ancestors 'self'",
      "base-uri 'none'",
      "form-action 'none'",
    ].join('; '),
  }
}
