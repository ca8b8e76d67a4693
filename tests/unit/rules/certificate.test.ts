import { describe, expect, it } from 'vitest'

import type { Trade } from '@/domain/filing'
import {
  CERTIFICATE_STATUS_LABELS,
  certificateStatus,
  checkCertificateNo,
  checkValidity,
} from '@/domain/rules'

const TODAY = '2026-06-15'
const ID_HINT = '证件编号通常为持证人身份证号（可带前缀T），请核对'

describe('checkCertificateNo', () => {
  it.each([
    ['11010519491231002X', '11010519491231002X'],
    ['440524188001010014', '440524188001010014'],
    ['T440524188001010014', 'T440524188001010014'],
    [' t11010519491231002x ', 'T11010519491231002X'],
    ['４４０５２４ １８８００１ ０１００１４', '440524188001010014'],
  ])('should accept %j as %s when it is an ID number', (raw, value) => {
    expect(checkCertificateNo(raw, TODAY)).toEqual({ value })
  })

  it.each([
    ['T440524188001010015', '证件编号中的身份证号第18位校验码不正确，请核对'],
    ['110105194912310021', '证件编号中的身份证号第18位校验码不正确，请核对'],
    ['110105194902300021', '证件编号中的身份证号第7-14位出生日期不正确，请核对'],
    ['', '请填写证件编号'],
    ['A1234', '证件编号应为6-30位数字、大写字母或“-”，请核对'],
    ['粤电123456', '证件编号应为6-30位数字、大写字母或“-”，请核对'],
    ['1'.repeat(31), '证件编号应为6-30位数字、大写字母或“-”，请核对'],
  ])('should refuse %j', (raw, error) => {
    expect(checkCertificateNo(raw, TODAY).error).toBe(error)
  })

  it.each([
    ['GD-2020-001234', 'GD-2020-001234'],
    ['gd－2020—001234', 'GD-2020-001234'],
    ['44052418800101001', '44052418800101001'],
    ['X440524188001010014', 'X440524188001010014'],
  ])('should keep %j as %s with a hint when it is not ID-shaped', (raw, value) => {
    expect(checkCertificateNo(raw, TODAY)).toEqual({ value, warning: ID_HINT })
  })
})

describe('certificateStatus', () => {
  it.each([
    ['2026-06-14', 'expired'],
    ['2026-06-15', 'expiring'],
    ['2026-08-14', 'expiring'],
    ['2026-08-15', 'valid'],
  ] as const)('should say %s is %s when today is 2026-06-15', (validUntil, status) => {
    expect(certificateStatus(validUntil, TODAY)).toBe(status)
  })

  it('should label every status in Chinese', () => {
    expect(CERTIFICATE_STATUS_LABELS)
      .toEqual({ valid: '有效', expiring: '即将到期', expired: '已过期' })
  })
})

describe('checkValidity', () => {
  /** checkValidity for one worker, today being 2026-06-15. */
  function validity(trade: Trade | '', validFrom: string, validUntil: string) {
    return checkValidity({ trade, validFrom, validUntil }, TODAY)
  }

  it('should pass without messages when an electrician certificate runs six years', () => {
    expect(validity('electrician', '2024-03-01', '2030-02-28')).toEqual({
      validFrom: { value: '2024-03-01' },
      validUntil: { value: '2030-02-28' },
      status: 'valid',
    })
  })

  it('should require both dates when they are empty', () => {
    const result = validity('welder', '', '')

    expect(result.validFrom.error).toBe('请选择有效期起始日期')
    expect(result.validUntil.error).toBe('请选择有效期截止日期')
    expect(result.status).toBeNull()
  })

  it.each(['2024-03-01', '2024-02-01'])('should refuse an end of %s before the start', (end) => {
    const result = validity('welder', '2024-03-01', end)

    expect(result.validUntil.error).toBe('有效期截止日期须晚于有效期开始日期')
    expect(result.status).toBeNull()
  })

  it('should warn but allow when the certificate has expired', () => {
    const result = validity('welder', '2020-06-01', '2026-05-31')

    expect(result.validUntil).toEqual({ value: '2026-05-31', warning: '证件已过期' })
    expect(result.status).toBe('expired')
  })

  it('should count the days left when the certificate expires within 60 days', () => {
    const result = validity('welder', '2020-07-01', '2026-06-30')

    expect(result.validUntil.warning).toBe('证件即将到期（还剩15天）')
    expect(result.status).toBe('expiring')
  })

  it.each([
    ['electrician', '2024-03-01', '2028-03-01', '电工证有效期通常为6年，请核对起止日期'],
    ['welder', '2024-03-01', '2034-03-01', '电焊工证有效期通常为6年，请核对起止日期'],
    ['pressure_vessel_operator', '2024-03-01', '2030-02-28', '压力容器操作工证有效期通常为4年，请核对起止日期'],
  ] as const)('should hint on the start date when a %s span is far from usual', (...row) => {
    const [trade, from, until, hint] = row
    const result = validity(trade, from, until)

    expect(result.validFrom).toEqual({ value: from, warning: hint })
    expect(result.validUntil.error).toBeUndefined()
  })

  it.each([
    ['pressure_vessel_operator', '2024-03-01', '2028-02-29'],
    ['pressure_vessel_operator', '2024-03-01', '2028-03-31'],
    ['electrician', '2024-03-01', '2030-01-30'],
    ['', '2024-03-01', '2025-03-01'],
  ] as const)('should not hint when a %j span is within a month of usual', (trade, from, until) => {
    expect(validity(trade, from, until).validFrom.warning).toBeUndefined()
  })
})
