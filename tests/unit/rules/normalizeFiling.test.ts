import { describe, expect, it } from 'vitest'

import type { Filing } from '@/domain/filing'
import { normalizeFiling } from '@/domain/rules'

function typedFiling(): Filing {
  return {
    enterprise: { creditCode: ' ９１４４０３００５６８５２０４９８ａ ' },
    principals: [{ id: 'p1', name: ' 阿卜杜 . 热合曼 ', position: '  总经理 ', phone: '+86 138 1234 5678' }],
    workshops: [{
      id: 'w1', workshopName: '一车间　Ａ区', name: '王伟', position: '主任', phone: '(020)87654321',
    }],
    teams: [{
      id: 't1', workshopId: ' w1 ', teamName: ' 一班 ', name: '李娜', position: '班长',
      phone: '138 1234 5678',
    }],
    specialWorkers: [{
      id: 's1',
      trade: 'electrician',
      name: '陈  杰',
      phone: '0755-23456789转12',
      certificateNo: ' t４４０５２４１８８００１０１００１４ ',
      issuer: ' 广东省应急管理厅 ',
      validFrom: '2024/3/1',
      validUntil: '２０３０-０２-２８',
    }],
  }
}

describe('normalizeFiling', () => {
  it('should normalise every field when the filing was typed loosely', () => {
    expect(normalizeFiling(typedFiling())).toEqual({
      enterprise: { creditCode: '91440300568520498A' },
      principals: [{ id: 'p1', name: '阿卜杜·热合曼', position: '总经理', phone: '13812345678' }],
      workshops: [{
        id: 'w1', workshopName: '一车间 A区', name: '王伟', position: '主任', phone: '020-87654321',
      }],
      teams: [{
        id: 't1', workshopId: 'w1', teamName: '一班', name: '李娜', position: '班长',
        phone: '13812345678',
      }],
      specialWorkers: [{
        id: 's1',
        trade: 'electrician',
        name: '陈 杰',
        phone: '0755-23456789-12',
        certificateNo: 'T440524188001010014',
        issuer: '广东省应急管理厅',
        validFrom: '2024-03-01',
        validUntil: '2030-02-28',
      }],
    })
  })

  it('should leave the input untouched when it returns the normalised copy', () => {
    const filing = typedFiling()
    const before = structuredClone(filing)

    normalizeFiling(filing)

    expect(filing).toEqual(before)
  })

  it('should keep invalid values, normalised, when they cannot be fixed', () => {
    const filing = typedFiling()
    filing.principals[0]!.phone = ' 123 '

    expect(normalizeFiling(filing).principals[0]!.phone).toBe('123')
  })
})
