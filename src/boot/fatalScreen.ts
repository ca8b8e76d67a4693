// The screen for a failure before the app could mount (bad config, a bridge or mock that would
// not start). Plain DOM on purpose: Vue, Vant or the stylesheet may be what failed. Styles go
// through CSSOM, which a strict CSP allows, unlike style attributes in markup.
export interface FatalScreenContent {
  title: string
  text: string
  /** What helps whoever fixes it: each bad config key with its problem, or the error. */
  details?: FatalDetail[]
}

export interface FatalDetail {
  /** Shown in bold on a line of its own, e.g. the config key. */
  label?: string
  text: string
}

export const FATAL_SCREEN_ID = 'roster-fatal'

type Style = Partial<CSSStyleDeclaration>

const PAGE: Style = {
  position: 'fixed', top: '0', right: '0', bottom: '0', left: '0', zIndex: '10000',
  overflow: 'auto', padding: '64px 24px 32px', background: '#f3f5f9', color: '#1f2329',
  fontFamily: '-apple-system, BlinkMacSystemFont, "PingFang SC", "Noto Sans CJK SC", sans-serif',
  textAlign: 'center',
}
const TITLE: Style = { margin: '0 0 12px', fontSize: '20px', fontWeight: '600' }
const TEXT: Style = { margin: '0 0 20px', fontSize: '15px', lineHeight: '1.6', color: '#646a73' }
const DETAILS: Style = {
  margin: '0 0 24px', padding: '4px 12px', listStyle: 'none', textAlign: 'left',
  fontSize: '13px', lineHeight: '1.5', overflowWrap: 'anywhere', background: '#fff',
  borderRadius: '8px', color: '#646a73',
}
const DETAIL: Style = { padding: '8px 0' }
const LABEL: Style = {
  display: 'block', color: '#1f2329', fontFamily: 'Menlo, Consolas, monospace',
}
const BUTTON: Style = {
  width: '100%', maxWidth: '320px', height: '44px', border: '0', borderRadius: '22px',
  background: '#1d63d8', color: '#fff', fontSize: '16px',
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, style: Style, text = '') {
  const node = document.createElement(tag)
  Object.assign(node.style, style)
  node.textContent = text

  return node
}

/** Replaces whatever is on screen with `content` and a 重新加载 button. */
export function showFatalScreen(content: FatalScreenContent): void {
  document.getElementById(FATAL_SCREEN_ID)?.remove()

  const page = element('main', PAGE)
  page.id = FATAL_SCREEN_ID
  page.setAttribute('role', 'alert')
  page.append(element('h1', TITLE, content.title), element('p', TEXT, content.text))

  if (content.details?.length) {
    const list = element('ul', DETAILS)
    for (const { label, text } of content.details) {
      const item = element('li', DETAIL)
      if (label) item.append(element('strong', LABEL, label))
      item.append(text)
      list.append(item)
    }
    page.append(list)
  }

  const reload = element('button', BUTTON, '重新加载')
  reload.type = 'button'
  reload.addEventListener('click', () => window.location.reload())
  page.append(reload)

  document.title = content.title
  document.body.append(page)
}
