// Server-side checks of a PUT body: first its JSON shape, then the same rules the form uses
// (one copy in src/domain/rules), as a real backend would re-check whatever a client sends.
import type { FieldError } from '@/api/types'
import { TRADES } from '@/domain/filing'
import type { Filing, FilingListKey } from '@/domain/filing'
import { normalizeFiling, validateFiling } from '@/domain/rules'

const ITEM_FIELDS: Record<FilingListKey, readonly string[]> = {
  principals: ['id', 'name', 'position', 'phone'],
  workshops: ['id', 'workshopName', 'name', 'position', 'phone'],
  teams: ['id', 'workshopId', 'teamName', 'name', 'position', 'phone'],
  specialWorkers: [
    'id', 'trade', 'name', 'phone', 'certificateNo', 'issuer', 'validFrom', 'validUntil',
  ],
}

const LIST_KEYS = Object.keys(ITEM_FIELDS) as FilingListKey[]

export type FilingCheck
  = | { ok: true, filing: Filing }
    | { ok: false, fieldErrors: FieldError[] }

/** Whether the body is a JSON object at all (anything else is a 400, not a 422). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Checks shape and rules; on success returns the normalised filing, unknown keys dropped. */
export function checkFiling(body: Record<string, unknown>, today: string): FilingCheck {
  const shapeErrors: FieldError[] = []
  const filing = readFiling(body, shapeErrors)
  if (shapeErrors.length) return { ok: false, fieldErrors: shapeErrors }

  const normalized = normalizeFiling(filing)
  const fieldErrors = validateFiling(normalized, today)
    .filter(issue => issue.severity === 'error')
    .map(({ path, message }) => ({ path, message }))

  return fieldErrors.length ? { ok: false, fieldErrors } : { ok: true, filing: normalized }
}

function readFiling(body: Record<string, unknown>, errors: FieldError[]): Filing {
  const enterprise = body.enterprise
  const creditCode = isJsonObject(enterprise) ? enterprise.creditCode : undefined
  if (typeof creditCode !== 'string') {
    errors.push({ path: 'enterprise.creditCode', message: '缺少统一社会信用代码' })
  }

  const filing: Record<string, unknown> = { enterprise: { creditCode } }
  for (const key of LIST_KEYS) filing[key] = readList(key, body[key], errors)

  return filing as unknown as Filing
}

function readList(key: FilingListKey, value: unknown, errors: FieldError[]): object[] {
  if (!Array.isArray(value)) {
    errors.push({ path: key, message: '应为列表' })
    return []
  }

  const seenIds = new Set<string>()
  return value.map((item: unknown, index) => {
    const path = `${key}[${index}]`
    if (!isJsonObject(item)) {
      errors.push({ path, message: '应为对象' })
      return {}
    }

    const picked: Record<string, string> = {}
    for (const field of ITEM_FIELDS[key]) {
      const fieldValue = item[field]
      if (typeof fieldValue === 'string') picked[field] = fieldValue
      else errors.push({ path: `${path}.${field}`, message: '缺少该项或类型错误' })
    }

    checkId(picked.id, `${path}.id`, seenIds, errors)
    if (key === 'specialWorkers' && picked.trade !== undefined && !isTrade(picked.trade)) {
      errors.push({ path: `${path}.trade`, message: '工种类型无效' })
    }

    return picked
  })
}

function checkId(id: string | undefined, path: string, seen: Set<string>, errors: FieldError[]) {
  if (id === undefined) return
  if (!id.trim()) errors.push({ path, message: '编号不能为空' })
  else if (seen.has(id)) errors.push({ path, message: '编号重复' })
  seen.add(id)
}

function isTrade(value: string): boolean {
  return (TRADES as readonly string[]).includes(value)
}
