import type { ClientField } from 'payload'

import { type FieldStep, formPath, routeToField } from './GoToFieldRoute'

/*
 * Opens what hides a field and brings it into view, through the markup @payloadcms/ui 3.90
 * renders (it has no API to choose a tab or open a row from outside the field):
 * - a tabs field is `.tabs-field`, its buttons `.tabs-field__tab-button` (one per tab, in order,
 *   `--active` on the open one), and only the active tab's fields are in the page;
 * - an array or blocks row is `#<field path, dots as dashes>-row-<index>`, holding a
 *   `.collapsible` (`--collapsed` when closed) whose `.collapsible__toggle` opens it;
 * - a field's input is `#field-<path, dots as __>`; the rich-text editor is `[data-field-path]`.
 * Fields are rendered once they come near the viewport (RenderIfInViewport), so each step scrolls
 * to what it opened and the next one waits for the page to follow.
 */

type Root = Document | Element

const waitFor = async <T>(find: () => T | null | undefined, ms = 3000): Promise<T | null> => {
  const until = Date.now() + ms
  for (;;) {
    const found = find()
    if (found) return found
    if (Date.now() > until) return null
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const byId = (root: Root, id: string): HTMLElement | null =>
  root.querySelector<HTMLElement>(`#${CSS.escape(id)}`)

/** The tabs fields directly in `root`, i.e. not inside another tabs field within it. */
const tabsFieldsIn = (root: Root): HTMLElement[] =>
  [...root.querySelectorAll<HTMLElement>('.tabs-field')].filter((tabs) => {
    const outer = tabs.parentElement?.closest('.tabs-field')
    return !outer || !root.contains(outer)
  })

const tabButtons = (tabs: HTMLElement): HTMLButtonElement[] => [
  ...tabs.querySelectorAll<HTMLButtonElement>(
    ':scope > .tabs-field__tabs-wrap .tabs-field__tab-button',
  ),
]

/** The tabs field whose buttons read as the step's labels (a button also shows an error count). */
const findTabs = (root: Root, labels: string[]): HTMLElement | undefined =>
  tabsFieldsIn(root).find((tabs) => {
    const buttons = tabButtons(tabs)
    return (
      buttons.length === labels.length &&
      buttons.every((button, i) => (button.textContent ?? '').trim().startsWith(labels[i]!))
    )
  })

const openTab = async (root: Root, step: Extract<FieldStep, { kind: 'tab' }>) => {
  const tabs = await waitFor(() => findTabs(root, step.tabLabels))
  const button = tabs ? tabButtons(tabs)[step.index] : undefined
  if (!tabs || !button) return null
  if (!button.classList.contains('tabs-field__tab-button--active')) button.click()
  tabs.scrollIntoView({ block: 'start' })
  return tabs.querySelector<HTMLElement>(':scope > .tabs-field__content-wrap') ?? tabs
}

const openRow = async (root: Root, step: Extract<FieldStep, { kind: 'row' }>) => {
  const row = await waitFor(() =>
    byId(root, `${step.fieldPath.split('.').join('-')}-row-${step.index}`),
  )
  if (!row) return null
  row.scrollIntoView({ block: 'start' })
  const collapsible = row.querySelector<HTMLElement>(':scope > .collapsible')
  const isCollapsed = () => collapsible?.classList.contains('collapsible--collapsed') ?? false
  if (isCollapsed()) {
    collapsible?.querySelector<HTMLElement>(':scope > div > .collapsible__toggle')?.click()
    await waitFor(() => !isCollapsed())
  }
  return row
}

/** The input or wrapper Payload renders for exactly this path. */
const findExactly = (root: Root, path: string): HTMLElement | null => {
  const segments = path.split('.')
  const last = segments.at(-1) ?? ''
  return (
    byId(root, `field-${segments.join('__')}`) ??
    root.querySelector<HTMLElement>(`[data-field-path="${CSS.escape(path)}"]`) ??
    (/^\d+$/.test(last) ? byId(root, `${segments.slice(0, -1).join('-')}-row-${last}`) : null)
  )
}

/** For `a.1.b`: the field, else the row `a.1` (e.g. the text was removed), else `a`. */
const findNearest = (root: Root, path: string): HTMLElement | null => {
  const segments = path.split('.')
  for (let length = segments.length; length > 0; length -= 1) {
    const found = findExactly(root, segments.slice(0, length).join('.'))
    if (found) return found
  }
  return null
}

const isShown = (element: HTMLElement): boolean =>
  typeof element.checkVisibility === 'function'
    ? element.checkVisibility({ visibilityProperty: true })
    : element.offsetParent !== null

const FOCUSABLE =
  'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled]), [contenteditable="true"]'

const focusField = (target: HTMLElement) => {
  const control = target.matches(FOCUSABLE) ? target : target.querySelector<HTMLElement>(FOCUSABLE)
  const shown = target.closest<HTMLElement>('.field-type') ?? target
  shown.scrollIntoView({ behavior: 'smooth', block: 'center' })
  if (control) control.focus({ preventScroll: true })
  else {
    // Nothing to type into (e.g. a read-only field): focus the wrapper so keyboard users land there.
    if (!shown.hasAttribute('tabindex')) shown.setAttribute('tabindex', '-1')
    shown.focus({ preventScroll: true })
  }
}

/**
 * Opens the tab and the array rows that hold `path` (`keyPoints.1.text` or `keyPoints[1].text`)
 * in the edit form around `from`, then scrolls to the field and focuses it. False when the field
 * is not in the form.
 */
export const goToField = async (
  fields: readonly ClientField[],
  path: string,
  from: Element | null,
  language?: string,
): Promise<boolean> => {
  const form: Root = from?.closest('.document-fields') ?? document
  const route = routeToField(fields, path, language)
  const shownPath = route?.path || formPath(path)
  let root: Root = form
  for (const step of route?.steps ?? []) {
    const opened = step.kind === 'tab' ? await openTab(root, step) : await openRow(form, step)
    if (!opened) break
    if (step.kind === 'tab') root = opened
  }
  // A control still hidden (e.g. in a row that is opening) cannot take the focus.
  const target =
    (await waitFor(() => {
      const found = findExactly(form, shownPath)
      return found && isShown(found) ? found : null
    })) ?? findNearest(form, shownPath)
  if (!target) return false
  focusField(target)
  return true
}
