// The last submitted filing, on its own: the guide shows 更新填报 and when it was submitted
// without loading the form's store, its rules and its drafts (they load with the form).
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'

import type { FilingRecord } from '@/api/types'
import { useServices } from '@/services'

export type RecordState = 'idle' | 'loading' | 'ready' | 'error'

export const useRecordStore = defineStore('record', () => {
  const record = shallowRef<FilingRecord | null>(null)
  const state = shallowRef<RecordState>('idle')
  let inFlight: Promise<FilingRecord | null> | null = null

  /** The last submission (null when none), fetched once; a failed fetch is tried again. */
  function load(): Promise<FilingRecord | null> {
    if (state.value === 'ready') return Promise.resolve(record.value)
    if (inFlight) return inFlight

    state.value = 'loading'
    inFlight = useServices().api.getFiling().then((latest) => {
      set(latest)
      return latest
    }, (error: unknown) => {
      state.value = 'error'
      throw error
    }).finally(() => {
      inFlight = null
    })

    return inFlight
  }

  /** After a submission, or when another version was loaded after a conflict. */
  function set(latest: FilingRecord | null): void {
    record.value = latest
    state.value = 'ready'
  }

  return { record, state, load, set }
})
