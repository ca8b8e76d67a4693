// The filing as the backend stores it (spec §5). Plain data: no Vue, no Date objects.

/** 工种 of a 两电一容 worker, as sent on the wire. */
export type Trade = 'electrician' | 'welder' | 'pressure_vessel_operator'

export const TRADES: readonly Trade[] = ['electrician', 'welder', 'pressure_vessel_operator']

export const TRADE_LABELS: Record<Trade, string> = {
  electrician: '电工',
  welder: '电焊工',
  pressure_vessel_operator: '压力容器操作工',
}

/** Level 1: 企业主要负责人. */
export interface Principal {
  id: string
  name: string
  position: string
  phone: string
}

/** Level 2: 车间级负责人, one per workshop. */
export interface Workshop {
  id: string
  workshopName: string
  name: string
  position: string
  phone: string
}

/** Level 3: 班组级负责人, one per team; a team belongs to one workshop. */
export interface Team {
  id: string
  workshopId: string
  teamName: string
  name: string
  position: string
  phone: string
}

/** 两电一容 worker. Dates are calendar dates, `YYYY-MM-DD`. */
export interface SpecialWorker {
  id: string
  trade: Trade
  name: string
  phone: string
  certificateNo: string
  issuer: string
  validFrom: string
  validUntil: string
}

export interface Filing {
  enterprise: { creditCode: string }
  principals: Principal[]
  workshops: Workshop[]
  teams: Team[]
  specialWorkers: SpecialWorker[]
}

/** The list sections of a filing, in the order the form shows them. */
export type FilingListKey = 'principals' | 'workshops' | 'teams' | 'specialWorkers'

export function emptyFiling(creditCode = ''): Filing {
  return {
    enterprise: { creditCode },
    principals: [],
    workshops: [],
    teams: [],
    specialWorkers: [],
  }
}

let idCounter = 0

/** A client-made item id, stable for the life of the item (spec §5). */
export function createItemId(prefix: string): string {
  idCounter += 1
  const time = Date.now().toString(36)
  const random = Math.random().toString(36).slice(2, 8)

  return `${prefix}-${time}-${random}${idCounter.toString(36)}`
}
