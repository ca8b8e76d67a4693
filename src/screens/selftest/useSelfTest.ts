// The self-test's state: one result per check, the automatic ones run in order by run(), the
// two that leave the page (host page, close) only when the integrator taps them.
import { reactive, ref } from 'vue'

import { useServices } from '@/services'

import type { CheckResult } from './checks'
import { checkBridgeReady, checkCall, checkStorage, describeConfig } from './checks'
import { checkSafeArea } from './safeArea'

export type CheckId
  = | 'bridge' | 'token' | 'refresh' | 'title' | 'hostPage' | 'close'
    | 'storage' | 'safeArea' | 'config'

export type ManualCheckId = 'hostPage' | 'close'

/** The title the self-test asks the host to show, the same as the route's. */
export const SELFTEST_TITLE = '桥接自检'

const RUNNING: CheckResult = { status: 'running', summary: '检测中…' }
const BLOCKED: CheckResult = { status: 'fail', summary: '未检测', hint: '先解决“宿主桥接”一项。' }
const IDLE: CheckResult = { status: 'idle', summary: '会离开本页，点按钮检测' }

/** Runs the checks against the app's own bridge and config. */
export function useSelfTest() {
  const { bridge, config } = useServices()
  const running = ref(false)
  const results = reactive<Record<CheckId, CheckResult>>({
    bridge: RUNNING,
    token: RUNNING,
    refresh: RUNNING,
    title: RUNNING,
    hostPage: IDLE,
    close: IDLE,
    storage: RUNNING,
    safeArea: RUNNING,
    config: RUNNING,
  })

  async function run(): Promise<void> {
    running.value = true
    Object.assign(results, { bridge: RUNNING, token: RUNNING, refresh: RUNNING, title: RUNNING })
    results.storage = checkStorage(() => localStorage)
    results.safeArea = checkSafeArea()
    const transport = config.bridge.transport
    results.config = { status: 'ok', summary: `桥接 ${transport}`, detail: describeConfig(config) }

    results.bridge = await checkBridgeReady(bridge, config)
    if (results.bridge.status === 'ok') {
      const token = (refresh: boolean) => () => bridge.getToken({ refresh })
      results.token = await checkCall(config, 'getToken', token(false),
        value => `收到令牌，长度 ${value.length}`)
      results.refresh = await checkCall(config, 'getToken', token(true),
        value => `收到新令牌，长度 ${value.length}`)
      results.title = await checkCall(config, 'setTitle', () => bridge.setTitle(SELFTEST_TITLE),
        () => `宿主已回应，标题应为“${SELFTEST_TITLE}”`)
    } else {
      Object.assign(results, { token: BLOCKED, refresh: BLOCKED, title: BLOCKED })
    }
    running.value = false
  }

  async function runManual(id: ManualCheckId): Promise<void> {
    results[id] = RUNNING
    if (id === 'hostPage') {
      const open = () => bridge.openHostPage('joinUnit')
      results[id] = await checkCall(config, 'openHostPage', open, () => '宿主已打开加入单位页')
    } else {
      results[id] = await checkCall(config, 'close', () => bridge.close(), () => '宿主已回应关闭')
    }
  }

  return { results, running, run, runManual }
}
