// What the filer sees when the app cannot start, and what the integrator reads to fix it.
import { ConfigError } from '@/config/load'
import { STARTED_GLOBAL } from '@/config/runtime'
import { createLogger } from '@/lib/logger'

import type { FatalScreenContent } from './fatalScreen'

const log = createLogger('start')
/** Set by public/boot-check.js: its plain message, for when the fatal screen cannot load. */
const BOOT_MESSAGE_GLOBAL = '__SAFETY_ROSTER_BOOT_MESSAGE__'

/** The fatal screen loads only when needed: it is never part of a start that succeeds. */
function showFatalScreen(content: FatalScreenContent): void {
  import('./fatalScreen').then(
    ({ showFatalScreen: show }) => show(content),
    (error: unknown) => {
      log.error('fatal screen did not load', error)
      const fallback = (window as unknown as Record<string, unknown>)[BOOT_MESSAGE_GLOBAL]
      if (typeof fallback === 'function') fallback()
    },
  )
}

/** Tells public/boot-check.js that the bundle runs, so its own message stays hidden. */
export function markStarted(): void {
  (window as unknown as Record<string, unknown>)[STARTED_GLOBAL] = true
}

/** Shows the fatal screen for an error thrown before the app mounted. */
export function showStartFailure(error: unknown): void {
  log.error('start failed', error)

  if (error instanceof ConfigError) {
    showFatalScreen({
      title: '配置文件有误',
      text: '应用的配置文件 config.js 有误，暂时无法使用。请联系一键通技术支持，并告知以下配置项：',
      details: error.problems.map(({ key, message }) => ({ label: key, text: message })),
    })
    return
  }

  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  showFatalScreen({
    title: '应用启动失败',
    text: '请检查网络后点击“重新加载”。如仍无法打开，请联系一键通技术支持，并告知以下信息：',
    details: [{ text: message }],
  })
}
