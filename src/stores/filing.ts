// The filing being edited, the last submitted one, and the submission.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'

import { isApiError } from '@/api/errors'
import { newIdempotencyKey } from '@/api/idempotency'
import type { FilingRecord } from '@/api/types'
import type { Draft } from '@/drafts'
import {
  emptyFiling,
  type Filing,
  type FilingListKey,
  type Workshop,
  type Team,
} from '@/domain/filing'
import {
  checkCreditCode,
  normalizeFiling,
  todayInChina,
  SectionsChecker,
  type FilingIssue,
} from '@/domain/rules'
import { useServices } from '@/services'
import { useDraftsStore } from './drafts'
import { useRecordStore } from './record'
import { useSessionStore } from './session'
import { isSessionLost, isSubmitBusy, sendFiling, type SubmitState } from './submitFlow'

export type { SubmitState } from './submitFlow'

export type LoadState
  = | { status: 'idle' }
    | { status: 'loading' }
    | { status: 'ready' }
    | { status: 'error', error: unknown }

type ListItem<K extends FilingListKey> = Filing[K][number]

/** Why a filing with errors is not sent. */
export const INVALID_FILING = '填写内容有误，请返回修改标红的内容后再提交'

/** A deleted workshop with its teams, kept so the deletion can be undone. */
export interface DeletedWorkshop {
  workshop: Workshop
  workshopIndex: number
  teams: { team: Team, index: number }[]
}

/** Runs `task` once the next frame is painted (a timeout alone may run before the paint). */
function afterNextPaint(task: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(task, 0))
  else setTimeout(task, 0)
}

/** The issues under `prefix`, with paths relative to it. */
function relativeTo(prefix: string, issues: readonly FilingIssue[]): FilingIssue[] {
  return issues
    .filter(issue => issue.path.startsWith(prefix))
    .map(issue => ({ ...issue, path: issue.path.slice(prefix.length) }))
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

export const useFilingStore = defineStore('filing', () => {
  const records = useRecordStore()
  /** The last submission; kept in the record store, which the guide reads on its own. */
  const record = computed<FilingRecord | null>({
    get: () => records.record,
    set: latest => records.set(latest),
  })
  /**
   * Replaced, never mutated: a 3,000-worker filing behind a deep reactive proxy makes every
   * read slow, and a new array per changed list lets unchanged lists skip re-validation.
   */
  const filing = shallowRef<Filing>(emptyFiling())
  const loadState = shallowRef<LoadState>({ status: 'idle' })
  const submitState = shallowRef<SubmitState>({ status: 'idle' })
  /** Messages from a server 422, by field path; cleared when the field is edited. */
  const serverErrors = ref<Record<string, string>>({})
  const lastDeleted = shallowRef<DeletedWorkshop | null>(null)
  /** The submitted revision these edits started from: sent as If-Match. */
  const baseRevision = ref<number | null>(null)
  /** Edits since the filing was loaded or submitted; drafts are saved when it moves. */
  const editCount = ref(0)
  /** The key of the submission in progress: a retry of the same submission reuses it. */
  let pendingKey: string | null = null

  // Its own computed: a save elsewhere replaces the filing, not the code, and then the issues
  // (and every view of them) stay as they are.
  const creditCode = computed(() => filing.value.enterprise.creditCode)
  const creditCodeIssues = computed<FilingIssue[]>(() => {
    const result = checkCreditCode(creditCode.value)
    const path = 'enterprise.creditCode'
    return [
      ...(result.error ? [{ path, severity: 'error' as const, message: result.error }] : []),
      ...(result.warning ? [{ path, severity: 'warning' as const, message: result.warning }] : []),
    ]
  })
  /** Keeps the lists' issues up to date, re-checking only the items an edit replaced. */
  const checker = new SectionsChecker()
  const sectionIssues = shallowRef<readonly FilingIssue[]>([])
  let pendingCheck: ReturnType<typeof setTimeout> | undefined

  /** Brings the lists' issues up to date now (before 下一步, submit). */
  function checkSectionsNow(): void {
    clearTimeout(pendingCheck)
    const next = checker.check(filing.value, todayInChina())
    if (next !== sectionIssues.value) sectionIssues.value = next
  }

  // After an edit the lists are re-checked once the frame that closes the editor is painted:
  // new issues re-render the section cards, which that frame need not wait for.
  watch(filing, () => {
    clearTimeout(pendingCheck)
    afterNextPaint(() => {
      pendingCheck = setTimeout(checkSectionsNow, 0)
    })
  })

  const issues = computed<FilingIssue[]>(() => [...creditCodeIssues.value, ...sectionIssues.value])
  const errors = computed(() => {
    const local = issues.value.filter(issue => issue.severity === 'error')
    const server = Object.entries(serverErrors.value)
      .map(([path, message]): FilingIssue => ({ path, message, severity: 'error' }))

    return [...server, ...local.filter(issue => !(issue.path in serverErrors.value))]
  })
  const warnings = computed(() => issues.value.filter(issue => issue.severity === 'warning'))

  async function load(): Promise<void> {
    const session = useSessionStore()
    if (session.state.status !== 'ready') return
    const knownCode = session.state.me.enterprise.creditCode ?? ''

    loadState.value = { status: 'loading' }
    try {
      const latest = await records.load()
      adoptRecord(latest, knownCode)
      loadState.value = { status: 'ready' }
      useDraftsStore().inspect(latest)
    } catch (error) {
      if (isSessionLost(error)) {
        useDraftsStore().flush()
        session.markLost()
      }
      loadState.value = { status: 'error', error }
    }
  }

  /** Shows the submitted filing (or an empty one) as the starting point of new edits. */
  function adoptRecord(latest: FilingRecord | null, knownCode = ''): void {
    record.value = latest
    baseRevision.value = latest?.revision ?? null
    const next = latest ? clone(latest.filing) : emptyFiling(knownCode)
    if (!next.enterprise.creditCode) next.enterprise.creditCode = knownCode
    filing.value = next
    checkSectionsNow()
    editCount.value = 0
    serverErrors.value = {}
    pendingKey = null
  }

  /** Continues a saved draft: its filing, and the revision its edits started from. */
  function adoptDraft(draft: Pick<Draft, 'filing' | 'baseRevision'>): void {
    filing.value = clone(draft.filing)
    checkSectionsNow()
    baseRevision.value = draft.baseRevision
    serverErrors.value = {}
    edited()
  }

  function edited(): void {
    editCount.value += 1
    pendingKey = null
    if (submitState.value.status === 'error') submitState.value = { status: 'idle' }
  }

  function clearServerError(path: string): void {
    if (!(path in serverErrors.value)) return
    const next = { ...serverErrors.value }
    delete next[path]
    serverErrors.value = next
  }

  function clearServerErrorsUnder(prefix: string): void {
    // Most saves have none to clear; a new object, even an empty one, recomputes every error view.
    if (!Object.keys(serverErrors.value).some(path => path.startsWith(prefix))) return
    serverErrors.value = Object.fromEntries(
      Object.entries(serverErrors.value).filter(([path]) => !path.startsWith(prefix)),
    )
  }

  function setCreditCode(value: string): void {
    if (value === filing.value.enterprise.creditCode) return
    filing.value = { ...filing.value, enterprise: { creditCode: value } }
    clearServerError('enterprise.creditCode')
    edited()
  }

  /** Adds or replaces an item of a list, by id. */
  function saveItem<K extends FilingListKey>(list: K, item: ListItem<K>): void {
    const items = [...filing.value[list]] as ListItem<K>[]
    const index = items.findIndex(existing => existing.id === item.id)
    if (index === -1) items.push(item)
    else {
      items[index] = item
      clearServerErrorsUnder(`${list}[${index}]`)
    }
    filing.value = { ...filing.value, [list]: items }
    edited()
  }

  function removeItem(list: FilingListKey, id: string): void {
    const items = filing.value[list] as { id: string }[]
    const index = items.findIndex(item => item.id === id)
    if (index === -1) return
    filing.value = { ...filing.value, [list]: items.filter(item => item.id !== id) }
    serverErrors.value = {}
    edited()
  }

  /** The teams that go with a workshop when it is deleted. */
  function teamsOf(workshopId: string): Team[] {
    return filing.value.teams.filter(team => team.workshopId === workshopId)
  }

  function removeWorkshop(id: string): void {
    const workshopIndex = filing.value.workshops.findIndex(item => item.id === id)
    const workshop = filing.value.workshops[workshopIndex]
    if (!workshop) return

    const teams = filing.value.teams
      .map((team, index) => ({ team, index }))
      .filter(entry => entry.team.workshopId === id)
    filing.value = {
      ...filing.value,
      workshops: filing.value.workshops.filter(item => item.id !== id),
      teams: filing.value.teams.filter(team => team.workshopId !== id),
    }
    lastDeleted.value = { workshop, workshopIndex, teams }
    serverErrors.value = {}
    edited()
  }

  function undoRemoveWorkshop(): void {
    const deleted = lastDeleted.value
    if (!deleted) return

    const workshops = [...filing.value.workshops]
    const teams = [...filing.value.teams]
    workshops.splice(deleted.workshopIndex, 0, deleted.workshop)
    for (const { team, index } of deleted.teams) teams.splice(index, 0, team)
    filing.value = { ...filing.value, workshops, teams }
    lastDeleted.value = null
    edited()
  }

  function forgetUndo(): void {
    lastDeleted.value = null
  }

  /**
   * Submits the filing; `overwriteRevision` submits it over a newer one after a 409.
   * Resolves true once it is stored; false with the reason in `submitState`.
   */
  async function submit(overwriteRevision?: number | null): Promise<boolean> {
    if (isSubmitBusy(submitState.value)) return false
    const session = useSessionStore()
    const drafts = useDraftsStore()
    if (overwriteRevision !== undefined) {
      baseRevision.value = overwriteRevision
      pendingKey = null
    }
    const normalized = normalizeFiling(filing.value)
    filing.value = normalized
    checkSectionsNow()
    // The form checks on 下一步; this is the last line, e.g. for #/confirm opened directly.
    if (errors.value.length) {
      submitState.value = { status: 'error', error: new Error(INVALID_FILING), uncertain: false }
      return false
    }
    const idempotencyKey = pendingKey ?? newIdempotencyKey()
    pendingKey = idempotencyKey
    drafts.flush()

    const request = { filing: normalized, idempotencyKey, baseRevision: baseRevision.value }
    const outcome = await sendFiling(useServices().api, request, (state) => {
      submitState.value = state
    })
    submitState.value = outcome
    if (outcome.status === 'done') {
      const submittedBy = session.state.status === 'ready' ? session.state.me.user.name : ''
      record.value = { ...outcome, submittedBy, filing: clone(normalized) }
      baseRevision.value = outcome.revision
      editCount.value = 0
      pendingKey = null
      serverErrors.value = {}
      drafts.clear()
      return true
    }

    if (outcome.status === 'sessionLost') {
      drafts.flush()
      session.markLost()
    }
    const { error } = outcome.status === 'error' ? outcome : { error: null }
    if (isApiError(error) && error.code === 'VALIDATION_FAILED') {
      serverErrors.value = Object.fromEntries((error.fieldErrors ?? []).map(e => [e.path, e.message]))
      pendingKey = null
    }
    return false
  }

  /** After a 409: shows the version on the server; the filer's own is stashed first. */
  async function loadTheirs(): Promise<void> {
    const drafts = useDraftsStore()
    drafts.stashMine(filing.value)
    const latest = await useServices().api.getFiling()
    adoptRecord(latest, filing.value.enterprise.creditCode)
    submitState.value = { status: 'idle' }
  }

  /** Where the item with `id` is in `list`; one past the end when it is not there yet. */
  function placeOf(list: FilingListKey, id: string): { index: number, isNew: boolean } {
    const items = filing.value[list] as { id: string }[]
    const index = items.findIndex(item => item.id === id)

    return index === -1 ? { index: items.length, isNew: true } : { index, isNew: false }
  }

  /** The findings on one item as if it were saved now (field rules, uniqueness, links). */
  function checkItem<K extends FilingListKey>(list: K, item: ListItem<K>): FilingIssue[] {
    const { index } = placeOf(list, item.id)
    const found = checker.checkCandidate(filing.value, list, index, item, todayInChina())

    return relativeTo(`${list}[${index}].`, found)
  }

  /** The issues already found on one saved item, with paths relative to the item. */
  function issuesOf(list: FilingListKey, id: string): FilingIssue[] {
    const { index, isNew } = placeOf(list, id)
    if (isNew) return []

    return relativeTo(`${list}[${index}].`, checker.issuesAt(filing.value, list, index, todayInChina()))
  }

  function resetSubmit(): void {
    submitState.value = { status: 'idle' }
  }

  return {
    record,
    filing,
    baseRevision,
    editCount,
    loadState,
    submitState,
    serverErrors,
    lastDeleted,
    checkSectionsNow,
    issues,
    errors,
    warnings,
    load,
    adoptDraft,
    loadTheirs,
    setCreditCode,
    saveItem,
    removeItem,
    teamsOf,
    removeWorkshop,
    undoRemoveWorkshop,
    forgetUndo,
    clearServerError,
    checkItem,
    issuesOf,
    submit,
    resetSubmit,
  }
})
