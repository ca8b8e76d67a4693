// QA's "someone else submitted": 李娜 files a newer revision behind the filer's back, so the
// filer's next submit meets a 409.
import type { FilingRecord } from '@/api/types'
import { todayInChina } from '@/domain/rules'

import { MOCK_USERS } from '../scenario'
import type { MockDb } from './db'
import { SAMPLE_ENTERPRISE_ID, sampleFiling } from './sampleFiling'
import { toChinaIsoString } from './time'

/** The principal 李娜 adds, so her version visibly differs. */
export const OTHER_FILER_PRINCIPAL = {
  id: 'principals-by-li-na',
  name: '林晓东',
  position: '常务副总经理',
  phone: '13602468024',
}

/** Stores a newer revision submitted by 李娜 and returns it. */
export function submitAsOtherFiler(db: MockDb, now: number = Date.now()): FilingRecord {
  const stored = db.getFiling(SAMPLE_ENTERPRISE_ID)
  const filing = stored?.filing ?? sampleFiling(todayInChina(now))
  const principals = filing.principals.filter(item => item.id !== OTHER_FILER_PRINCIPAL.id)
  const record: FilingRecord = {
    revision: (stored?.revision ?? 0) + 1,
    submittedAt: toChinaIsoString(now),
    submittedBy: MOCK_USERS['u-li'].name,
    filing: { ...filing, principals: [...principals, OTHER_FILER_PRINCIPAL] },
  }
  db.saveFiling(SAMPLE_ENTERPRISE_ID, record)

  return record
}
