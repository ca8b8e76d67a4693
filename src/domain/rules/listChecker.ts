// The issues of one list, kept up to date as its items are replaced or added. Each item's
// issues are kept by index, and each duplicate check keeps its key → indices index, so a
// replaced item re-reports only itself and the members of the groups it left or joined.
import type { FilingListKey } from '../filing'
import { duplicateMessage } from './duplicates'
import type { Tick } from './issues'
import { itemPath } from './paths'
import { DUPLICATE_CHECKS, linkFinding, type ListItem, type RowCheck, type RowFinding } from './rows'
import type { FilingIssue } from './types'

/** Edits that change more rows than this are read as a new list (row checks still cached). */
const MAX_PATCHED_ROWS = 16

/** What a list needs from the checker around it. */
export interface ListContext {
  /** The rule findings of one item; from a cache when the item object was checked before. */
  rowOf: (list: FilingListKey, item: ListItem) => RowCheck
  /** Teams: whether a 车间 with this id exists. */
  hasWorkshop: (id: string) => boolean
  tick: Tick
}

export class ListChecker {
  private items: readonly ListItem[] = []
  private rows: RowCheck[] = []
  /** Per duplicate check: key → the indices holding it, ascending. */
  private readonly groups: Map<string, number[]>[]
  /** Teams: 所属车间 id → the indices of the teams that point at it. */
  private readonly byWorkshop = new Map<string, number[]>()
  /** The issues of each item that has any, by index. */
  private readonly buckets = new Map<number, FilingIssue[]>()
  private flat: readonly FilingIssue[] = []
  private stale = false

  constructor(private readonly list: FilingListKey) {
    this.groups = DUPLICATE_CHECKS[list].map(() => new Map())
  }

  /**
   * Brings the checker to `items`. Finding what changed costs one pointer comparison per row
   * (lists are replaced, their unchanged items kept); only changed rows are then checked.
   */
  sync(items: readonly ListItem[], context: ListContext): void {
    if (items === this.items) return

    const changed = changedRows(this.items, items)
    this.items = items
    if (!changed) {
      this.rebuild(context)
      return
    }
    for (const index of changed) this.put(index, context)
  }

  /** The issues of the list, items in order. */
  issues(): readonly FilingIssue[] {
    if (!this.stale) return this.flat

    const indices = [...this.buckets.keys()].sort((a, b) => a - b)
    const flat: FilingIssue[] = []
    for (const index of indices) {
      for (const issue of this.buckets.get(index) ?? []) flat.push(issue)
    }
    this.flat = flat
    this.stale = false

    return flat
  }

  /** The issues of the item at `index`. */
  issuesAt(index: number): readonly FilingIssue[] {
    return this.buckets.get(index) ?? []
  }

  /** The issues `item` would have if it were put at `index` (its own, or one past the end). */
  candidate(index: number, item: ListItem, context: ListContext): FilingIssue[] {
    const row = context.rowOf(this.list, item)
    const current = this.rows[index]

    return this.issuesOfRow(index, row, context, (check, key) => {
      const group = this.groups[check]?.get(key) ?? []
      // The item is in the group of its current key only.
      return current?.keys[check] === key ? group : withIndex(group, index)
    })
  }

  /** Re-reports the teams that point at `ids`, after 车间 with those ids came or went. */
  relink(ids: Iterable<string>, context: ListContext): void {
    for (const id of ids) {
      for (const index of this.byWorkshop.get(id) ?? []) this.refresh(index, context)
    }
  }

  private rebuild(context: ListContext): void {
    this.rows = this.items.map(item => context.rowOf(this.list, item))
    for (const groups of this.groups) groups.clear()
    this.byWorkshop.clear()
    this.buckets.clear()
    this.rows.forEach((row, index) => {
      row.keys.forEach((key, check) => join(this.groups[check], key, index, context.tick))
      if (row.workshopId) join(this.byWorkshop, row.workshopId, index, context.tick)
    })
    this.rows.forEach((_, index) => this.refresh(index, context))
    this.stale = true
  }

  /** Checks the item now at `index` (replaced, or appended at the end) and what it touches. */
  private put(index: number, context: ListContext): void {
    const before = this.rows[index]
    const row = context.rowOf(this.list, this.items[index]!)
    this.rows[index] = row
    const touched = new Set<number>([index])

    row.keys.forEach((key, check) => {
      const was = before?.keys[check]
      if (was === key) return

      const groups = this.groups[check]
      if (was) leave(groups, was, index, context.tick)?.forEach(member => touched.add(member))
      join(groups, key, index, context.tick)?.forEach(member => touched.add(member))
    })
    if (before?.workshopId !== row.workshopId) {
      if (before?.workshopId) leave(this.byWorkshop, before.workshopId, index, context.tick)
      if (row.workshopId) join(this.byWorkshop, row.workshopId, index, context.tick)
    }

    for (const member of touched) this.refresh(member, context)
  }

  /** Rebuilds the issues of the item at `index` from its row and its groups. */
  private refresh(index: number, context: ListContext): void {
    const row = this.rows[index]
    if (!row) return

    const issues = this.issuesOfRow(index, row, context, (check, key) => this.groups[check]?.get(key))
    // An item saved unchanged keeps its issues: the list's issues, and whatever shows them,
    // then stay the same objects.
    if (sameIssues(this.buckets.get(index) ?? [], issues)) return

    if (issues.length) this.buckets.set(index, issues)
    else this.buckets.delete(index)
    this.stale = true
  }

  /** Link, field findings, then one issue per duplicate check whose group has others. */
  private issuesOfRow(
    index: number,
    row: RowCheck,
    context: ListContext,
    groupOf: (check: number, key: string) => readonly number[] | undefined,
  ): FilingIssue[] {
    context.tick()
    const issues: FilingIssue[] = []
    const add = (finding: RowFinding) => {
      context.tick()
      const { severity, message } = finding
      issues.push({ path: itemPath(this.list, index, finding.field), severity, message })
    }

    const link = this.list === 'teams' ? linkFinding(row.workshopId, context.hasWorkshop) : null
    if (link) add(link)
    for (const finding of row.findings) add(finding)
    DUPLICATE_CHECKS[this.list].forEach((report, check) => {
      const key = row.keys[check]
      const group = key ? groupOf(check, key) : undefined
      if (!group || group.length < 2) return

      const { field, severity } = report
      add({ field, severity, message: duplicateMessage(report, group, index) })
    })

    return issues
  }
}

function sameIssues(before: readonly FilingIssue[], after: readonly FilingIssue[]): boolean {
  return before.length === after.length && before.every((issue, i) => {
    const other = after[i]

    return other?.path === issue.path && other.severity === issue.severity && other.message === issue.message
  })
}

/** Indices of replaced and appended rows, ascending; null when rows went or too many changed. */
function changedRows(before: readonly ListItem[], after: readonly ListItem[]): number[] | null {
  if (after.length < before.length || after.length - before.length > MAX_PATCHED_ROWS) return null

  const changed: number[] = []
  for (let index = 0; index < after.length; index += 1) {
    if (index < before.length && after[index] === before[index]) continue
    if (changed.length === MAX_PATCHED_ROWS) return null
    changed.push(index)
  }

  return changed
}

/** Adds `index` to the group of `key`; the group when others share it. */
function join(
  groups: Map<string, number[]> | undefined,
  key: string,
  index: number,
  tick: Tick,
): readonly number[] | null {
  if (!groups || !key) return null

  tick()
  const group = groups.get(key)
  if (!group) {
    groups.set(key, [index])
    return null
  }
  group.splice(insertionPoint(group, index), 0, index)

  return group
}

/** Takes `index` out of the group of `key`; the members left behind. */
function leave(
  groups: Map<string, number[]> | undefined,
  key: string,
  index: number,
  tick: Tick,
): readonly number[] | null {
  const group = groups?.get(key)
  if (!groups || !group) return null

  tick()
  const at = group.indexOf(index)
  if (at !== -1) group.splice(at, 1)
  if (!group.length) groups.delete(key)

  return group
}

/** A copy of the ascending `group` with `index` in its place. */
function withIndex(group: readonly number[], index: number): number[] {
  const copy = group.slice()
  copy.splice(insertionPoint(copy, index), 0, index)

  return copy
}

/** Where `index` goes in the ascending `group` (binary search). */
function insertionPoint(group: readonly number[], index: number): number {
  let low = 0
  let high = group.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (group[middle]! < index) low = middle + 1
    else high = middle
  }

  return low
}
