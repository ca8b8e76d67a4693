// Reads the safe-area insets the WebView gives the page, through a probe element's padding:
// `env()` has no JavaScript API.
import type { CheckResult } from './checks'

const SIDES = ['top', 'right', 'bottom', 'left'] as const

/** The insets in force and whether the page asks to draw under the notch (viewport-fit). */
export function checkSafeArea(doc: Document = document): CheckResult {
  const probe = doc.createElement('div')
  // Set through the CSSOM, which a strict CSP allows (an inline style attribute it would not).
  probe.style.cssText = 'position:fixed;visibility:hidden;pointer-events:none;padding:'
    + SIDES.map(side => `env(safe-area-inset-${side}, 0px)`).join(' ')
  doc.body.appendChild(probe)
  const style = getComputedStyle(probe)
  const insets = SIDES.map(side => style.getPropertyValue(`padding-${side}`) || '0px')
  probe.remove()

  const viewport = doc.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? ''
  const cover = /viewport-fit\s*=\s*cover/.test(viewport)
  // Chrome before 69 has no env(): the probe's padding is then dropped and reads 0.
  const supported = typeof CSS !== 'undefined'
    && CSS.supports('padding-top: env(safe-area-inset-top)')
  const detail = `top right bottom left = ${insets.join(' ')}; viewport: ${viewport || '(none)'}; `
    + `env() ${supported ? 'supported' : 'not supported'}`

  if (!cover) {
    return {
      status: 'fail',
      summary: '页面未声明 viewport-fit=cover',
      hint: 'index.html 的 viewport meta 须含 viewport-fit=cover，底部按钮才能避开 iPhone 的横条。',
      detail,
    }
  }
  if (insets.every(inset => parseFloat(inset) === 0)) {
    return {
      status: 'ok',
      summary: '安全区均为 0',
      hint: '无刘海和底部横条的手机上属正常。若在刘海屏 iPhone 上也为 0，说明 WebView 没有让页面延伸到'
        + '安全区：iOS 请设 scrollView.contentInsetAdjustmentBehavior = .never。',
      detail,
    }
  }

  const [top, right, bottom, left] = insets
  return { status: 'ok', summary: `上 ${top} · 右 ${right} · 下 ${bottom} · 左 ${left}`, detail }
}
