// validateSections kept up to date as the form edits the filing: the same issues, but an edit
// re-checks the items it replaced or added, plus the duplicate groups they left or joined,
// instead of all 3,000 rows of a large enterprise. Relies on the store's way of editing: lists
// and items are replaced, never mutated, so an item object seen before has the same findings.
import type { Filing, FilingListKey, Workshop } from '../filing'
import { createTick, type ValidationStats } from './issues'
import { ListChecker, type ListContext } from './listChecker'
import { checkRow, type ListItem, type RowCheck } from './rows'
import type { FilingIssue } from './types'
import { LIST_KEYS, NO_PRINCIPAL } from './validateFiling'

export type FilingSections = Omit<Filing, 'enterprise'>

export class SectionsChecker {
  private today = ''
  private lists = newLists()
  private rowCache = newRowCache()
  private workshops: readonly Workshop[] = []
  private workshopIds = new Set<string>()
  private parts: readonly (readonly FilingIssue[])[] = []
  private hadPrincipals = true
  private result: readonly FilingIssue[] = []

  /** The issues of the four lists, in form order; the same array while nothing changed. */
  check(filing: FilingSections, today: string, stats?: ValidationStats): readonly FilingIssue[] {
    const context = this.sync(filing, today, stats)
    const parts = LIST_KEYS.map(list => this.lists[list].issues())
    const hasPrincipals = filing.principals.length > 0
    const same = parts.every((part, i) => part === this.parts[i])
    if (same && hasPrincipals === this.hadPrincipals && this.parts.length) return this.result

    context.tick()
    this.parts = parts
    this.hadPrincipals = hasPrincipals
    this.result = (hasPrincipals ? [] : [NO_PRINCIPAL]).concat(...parts)

    return this.result
  }

  /** The issues of one item of the checked filing, by its index. */
  issuesAt(
    filing: FilingSections,
    list: FilingListKey,
    index: number,
    today: string,
  ): readonly FilingIssue[] {
    this.sync(filing, today)

    return this.lists[list].issuesAt(index)
  }

  /**
   * The issues `item` would have if it were saved at `index` (its own, or the end of the
   * list), against the rest of `filing`. Its row check is kept for when it is saved.
   */
  checkCandidate<K extends FilingListKey>(
    filing: FilingSections,
    list: K,
    index: number,
    item: Filing[K][number],
    today: string,
    stats?: ValidationStats,
  ): FilingIssue[] {
    const context = this.sync(filing, today, stats)

    return this.lists[list].candidate(index, item, context)
  }

  private sync(filing: FilingSections, today: string, stats?: ValidationStats): ListContext {
    if (today !== this.today) this.reset(today)
    const context: ListContext = {
      rowOf: (list, item) => this.rowOf(list, item, context),
      hasWorkshop: id => this.workshopIds.has(id),
      tick: createTick(stats),
    }

    const relinked = this.syncWorkshopIds(filing.workshops, context)
    for (const list of LIST_KEYS) this.lists[list].sync(filing[list], context)
    this.lists.teams.relink(relinked, context)

    return context
  }

  /** Follows the 车间 ids teams link to; the ids that came or went. */
  private syncWorkshopIds(workshops: readonly Workshop[], context: ListContext): string[] {
    if (workshops === this.workshops) return []

    const ids = new Set(workshops.map((workshop) => {
      context.tick()

      return workshop.id
    }))
    const toggled = [...ids].filter(id => !this.workshopIds.has(id))
      .concat([...this.workshopIds].filter(id => !ids.has(id)))
    this.workshops = workshops
    this.workshopIds = ids

    return toggled
  }

  private rowOf(list: FilingListKey, item: ListItem, context: ListContext): RowCheck {
    context.tick()
    const cache = this.rowCache[list]
    const cached = cache.get(item)
    if (cached) return cached

    const row = checkRow(list, item, this.today, context.tick)
    cache.set(item, row)

    return row
  }

  /** A new day changes expiry findings: everything is checked again. */
  private reset(today: string): void {
    this.today = today
    this.lists = newLists()
    this.rowCache = newRowCache()
    this.workshops = []
    this.workshopIds = new Set()
    this.parts = []
    this.result = []
  }
}

function newLists(): Record<FilingListKey, ListChecker> {
  return {
    principals: new ListChecker('principals'),
    workshops: new ListChecker('workshops'),
    teams: new ListChecker('teams'),
    specialWorkers: new ListChecker('specialWorkers'),
  }
}

function newRowCache(): Record<FilingListKey, WeakMap<ListItem, RowCheck>> {
  return {
    principals: new WeakMap(),
    workshops: new WeakMap(),
    teams: new WeakMap(),
    specialWorkers: new WeakMap(),
  }
}
