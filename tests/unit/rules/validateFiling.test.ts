import { describe, expect, it } from 'vitest'

import type { Filing } from '@/domain/filing'
import type { FilingIssue, ValidationStats } from '@/domain/rules'
import { creditCodeCheckChars, validateFiling } from '@/domain/rules'
import { mulberry32, randomFiling, randomSpecialWorker } from '@mock/fixtures/generators'

const TODAY = '2026-06-15'

/** A valid filing: 1 principal, 2 workshops with 2 teams each, 3 workers. */
function validFiling(seed = 1): Filing {
  return randomFiling(mulberry32(seed))
}

function issuesAt(issues: FilingIssue[], path: string): FilingIssue[] {
  return issues.filter(issue => issue.path === path)
}

function messagesAt(issues: FilingIssue[], path: string): string[] {
  return issuesAt(issues, path).map(issue => issue.message)
}

describe('validateFiling', () => {
  it('should find nothing when every field is valid', () => {
    expect(validateFiling(validFiling(), TODAY)).toEqual([])
  })

  it('should ask for a principal when there is none', () => {
    const filing = { ...validFiling(), principals: [] }

    expect(validateFiling(filing, TODAY)).toEqual([
      { path: 'principals', severity: 'error', message: '请至少填写一位企业主要负责人' },
    ])
  })

  it('should address every field error by its item path when fields are empty', () => {
    const filing = validFiling()
    filing.enterprise.creditCode = ''
    Object.assign(filing.principals[0]!, { name: '', position: '', phone: '' })
    Object.assign(filing.workshops[1]!, { workshopName: '' })
    Object.assign(filing.specialWorkers[2]!, {
      trade: '', certificateNo: '', issuer: '', validFrom: '', validUntil: '',
    })

    const paths = validateFiling(filing, TODAY).map(issue => `${issue.severity} ${issue.path}`)

    expect(paths).toEqual([
      'error enterprise.creditCode',
      'error principals[0].name',
      'error principals[0].position',
      'error principals[0].phone',
      'error workshops[1].workshopName',
      'error specialWorkers[2].trade',
      'error specialWorkers[2].certificateNo',
      'error specialWorkers[2].issuer',
      'error specialWorkers[2].validFrom',
      'error specialWorkers[2].validUntil',
    ])
  })

  it('should name both workshops when two share a name', () => {
    const filing = validFiling()
    filing.workshops[1]!.workshopName = ` ${filing.workshops[0]!.workshopName}　`

    const issues = validateFiling(filing, TODAY)

    expect(messagesAt(issues, 'workshops[0].workshopName')).toEqual(['车间名称与第2个车间重复，请修改'])
    expect(messagesAt(issues, 'workshops[1].workshopName')).toEqual(['车间名称与第1个车间重复，请修改'])
  })

  it('should list the later places on the first when a name is used many times', () => {
    const filing = randomFiling(mulberry32(2), { workshops: 6, teamsPerWorkshop: 0 })
    for (const workshop of filing.workshops) workshop.workshopName = '总装车间'

    const issues = validateFiling(filing, TODAY)

    expect(messagesAt(issues, 'workshops[0].workshopName'))
      .toEqual(['车间名称与第2、3、4个车间等重复，请修改'])
    expect(messagesAt(issues, 'workshops[5].workshopName')).toEqual(['车间名称与第1个车间重复，请修改'])
  })

  it('should refuse a repeated team name when both teams are in the same workshop', () => {
    const filing = validFiling()
    filing.teams[1]!.teamName = filing.teams[0]!.teamName

    const issues = validateFiling(filing, TODAY)

    expect(messagesAt(issues, 'teams[0].teamName')).toEqual(['同一车间下班组名称与第2个班组重复，请修改'])
    expect(messagesAt(issues, 'teams[1].teamName')).toEqual(['同一车间下班组名称与第1个班组重复，请修改'])
  })

  it('should allow a repeated team name when the teams are in different workshops', () => {
    const filing = validFiling()
    expect(filing.teams[0]!.teamName).toBe(filing.teams[2]!.teamName)
    expect(filing.teams[0]!.workshopId).not.toBe(filing.teams[2]!.workshopId)

    expect(validateFiling(filing, TODAY)).toEqual([])
  })

  it('should refuse a team whose workshop does not exist', () => {
    const filing = validFiling()
    filing.teams[3]!.workshopId = 'deleted-workshop'
    filing.teams[2]!.workshopId = ''

    const issues = validateFiling(filing, TODAY)

    expect(messagesAt(issues, 'teams[3].workshopId')).toEqual(['所属车间不存在，请重新选择'])
    expect(messagesAt(issues, 'teams[2].workshopId')).toEqual(['请选择所属车间'])
  })

  it('should refuse one certificate number twice when the trade is the same', () => {
    const filing = validFiling()
    const [first, second] = [filing.specialWorkers[0]!, filing.specialWorkers[2]!]
    second.trade = first.trade
    // The same ID number with and without the T prefix is the same certificate.
    second.certificateNo = first.certificateNo.slice(1)

    const issues = validateFiling(filing, TODAY)

    expect(messagesAt(issues, 'specialWorkers[0].certificateNo'))
      .toEqual(['同一工种下证件编号与第3位人员重复，请核对'])
    expect(messagesAt(issues, 'specialWorkers[2].certificateNo'))
      .toEqual(['同一工种下证件编号与第1位人员重复，请核对'])
  })

  it('should allow one certificate number for two trades', () => {
    const filing = validFiling()
    const worker = randomSpecialWorker(mulberry32(9), 'extra', 'electrician')
    filing.specialWorkers = [worker, { ...worker, id: 'other', trade: 'welder' }]

    expect(validateFiling(filing, TODAY)).toEqual([])
  })

  it('should warn of a possible duplicate when a name and phone repeat in a section', () => {
    const filing = validFiling()
    filing.principals.push({ ...filing.principals[0]!, id: 'p-copy', position: '董事长' })

    const issues = validateFiling(filing, TODAY)

    expect(issuesAt(issues, 'principals[1].name')).toEqual([{
      path: 'principals[1].name',
      severity: 'warning',
      message: '姓名和联系方式与第1位主要负责人相同，请确认是否重复填写',
    }])
    expect(issuesAt(issues, 'principals[0].name')[0]?.severity).toBe('warning')
    expect(issues.every(issue => issue.severity === 'warning')).toBe(true)
  })

  it('should warn, not refuse, when certificates, codes and spans are unusual', () => {
    const filing = validFiling()
    filing.enterprise.creditCode = `12440300MB2C9531${creditCodeCheckChars('12440300MB2C9531')}`
    Object.assign(filing.specialWorkers[0]!, { validFrom: '2020-06-01', validUntil: '2026-05-31' })
    Object.assign(filing.specialWorkers[1]!, {
      trade: 'welder', validFrom: '2024-08-01', validUntil: '2026-08-01',
    })
    filing.specialWorkers[2]!.certificateNo = 'GD-2020-001234'

    const issues = validateFiling(filing, TODAY)

    expect(issues.map(({ path, message }) => `${path} ${message}`)).toEqual([
      expect.stringMatching(/^enterprise\.creditCode /),
      'specialWorkers[0].validUntil 证件已过期',
      'specialWorkers[1].validFrom 电焊工证有效期通常为6年，请核对起止日期',
      'specialWorkers[1].validUntil 证件即将到期（还剩47天）',
      'specialWorkers[2].certificateNo 证件编号通常为持证人身份证号（可带前缀T），请核对',
    ])
    expect(issues.every(issue => issue.severity === 'warning')).toBe(true)
  })
})

describe('validateFiling work', () => {
  /** Units of work counted by validateFiling for a filing of the given size. */
  function operations(filing: Filing): number {
    const stats: ValidationStats = { operations: 0 }
    validateFiling(filing, TODAY, stats)

    return stats.operations
  }

  function sized(n: number): Filing {
    return randomFiling(mulberry32(n), {
      principals: n, workshops: n, teamsPerWorkshop: 3, specialWorkers: 10 * n,
    })
  }

  it('should at most double its work when the filing doubles', () => {
    const small = operations(sized(100))
    const large = operations(sized(200))

    expect(small).toBeGreaterThan(0)
    expect(large / small).toBeLessThanOrEqual(2.05)
  })

  it('should stay linear when every item clashes with every other', () => {
    function allSame(n: number): Filing {
      const filing = sized(n)
      for (const workshop of filing.workshops) workshop.workshopName = '总装车间'
      for (const team of filing.teams) Object.assign(team, { workshopId: 'w0', teamName: '一班' })
      const worker = filing.specialWorkers[0]!
      filing.specialWorkers = filing.specialWorkers.map((_, i) => ({ ...worker, id: `s${i}` }))

      return filing
    }

    const small = operations(allSame(100))
    const large = operations(allSame(200))

    expect(large / small).toBeLessThanOrEqual(2.05)
  })

  it('should check 3,000 workers with one unit of work per field when the filing is large', () => {
    const filing = randomFiling(mulberry32(3000), { specialWorkers: 3000 })

    // 9 checked fields and one key per worker for each of two duplicate checks, plus the trade.
    expect(operations(filing)).toBeLessThan(3000 * 13 + 100)
  })
})
