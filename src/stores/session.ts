// Boot: wait for the host bridge, get a token, load who the user is and where they belong.
import { defineStore } from 'pinia'
import { shallowRef, watch } from 'vue'

import { isApiError } from '@/api/errors'
import type { MeResponse } from '@/api/types'
import { isBridgeError } from '@/bridge/types'
import { useServices } from '@/services'

/** Why the app could not start; each has its own screen and way forward. */
export type BootFailure
  = | 'noBridge' // the host never injected its bridge
    | 'hostRefused' // the host would not give a token
    | 'offline' // the backend could not be reached
    | 'serverError' // the backend answered with an error
    | 'sessionExpired' // the backend refused the token even after one refresh

export type BootState
  = | { status: 'booting' }
    | { status: 'notJoined', membership: 'none' | 'pending', me: MeResponse }
    | { status: 'ready', me: MeResponse & { enterprise: NonNullable<MeResponse['enterprise']> } }
    | { status: 'failed', failure: BootFailure, detail: string }

function classify(error: unknown): { failure: BootFailure, detail: string } {
  if (isBridgeError(error)) {
    const failure = error.code === 'NOT_READY' || error.code === 'TIMEOUT' ? 'noBridge' : 'hostRefused'
    return { failure, detail: `${error.code}: ${error.message}` }
  }
  if (isApiError(error)) {
    if (error.status === 401) return { failure: 'sessionExpired', detail: error.message }
    if (error.kind === 'http') return { failure: 'serverError', detail: error.message }
    return { failure: 'offline', detail: error.message }
  }

  return { failure: 'serverError', detail: error instanceof Error ? error.message : String(error) }
}

export const useSessionStore = defineStore('session', () => {
  const state = shallowRef<BootState>({ status: 'booting' })
  /** Set when the token expired mid-session and the host would not renew it. */
  const lost = shallowRef(false)

  async function boot(): Promise<void> {
    state.value = { status: 'booting' }
    lost.value = false
    const { bridge, api } = useServices()

    try {
      await bridge.ready()
      const me = await api.getMe()
      const { enterprise } = me
      if (me.membership.status !== 'approved' || !enterprise) {
        const membership = me.membership.status === 'pending' ? 'pending' : 'none'
        state.value = { status: 'notJoined', membership, me }
        return
      }
      state.value = { status: 'ready', me: { ...me, enterprise } }
    } catch (error) {
      state.value = { status: 'failed', ...classify(error) }
    }
  }

  let started = false

  /** Boots at the first screen that needs a session; the bridge self-test never does. */
  function bootOnce(): void {
    if (started) return
    started = true
    void boot()
  }

  /**
   * Resolves once the session is ready. It never does when boot fails: the app then replaces
   * the screen that waits with the one that explains the failure.
   */
  function whenReady(): Promise<void> {
    return new Promise((resolve) => {
      const stop = watch(state, (current) => {
        if (current.status !== 'ready') return
        queueMicrotask(() => stop())
        resolve()
      }, { immediate: true })
    })
  }

  /** The session ended under the filer's hands: one screen says so, the draft stays. */
  function markLost(): void {
    lost.value = true
  }

  return { state, lost, boot, bootOnce, whenReady, markLost }
})
