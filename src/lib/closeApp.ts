// Closing the app is the host's job; a host that cannot do it leaves the filer its back key.
import { showToast } from 'vant'

import { useServices } from '@/services'
import { createLogger } from './logger'

import 'vant/es/toast/style'

const log = createLogger('close')

/** Asks the host to close the WebView; says how to leave when it cannot. */
export async function closeApp(): Promise<void> {
  try {
    await useServices().bridge.close()
  } catch (error) {
    log.warn('close failed', error)
    showToast('请使用一键通的返回按钮关闭')
  }
}
