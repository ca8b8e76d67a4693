import { describe, expect, it } from 'vitest'

import { parseIssuePath } from '@/domain/rules'

describe('parseIssuePath', () => {
  it.each([
    ['enterprise.creditCode', { list: 'enterprise', index: null, field: 'creditCode' }],
    ['principals', { list: 'principals', index: null, field: null }],
    ['principals[0].name', { list: 'principals', index: 0, field: 'name' }],
    ['workshops[1].workshopName', { list: 'workshops', index: 1, field: 'workshopName' }],
    ['teams[3].workshopId', { list: 'teams', index: 3, field: 'workshopId' }],
    ['specialWorkers[12]', { list: 'specialWorkers', index: 12, field: null }],
    ['specialWorkers.2.phone', { list: 'specialWorkers', index: 2, field: 'phone' }],
  ])('should split %s into section, index and field', (path, parsed) => {
    expect(parseIssuePath(path)).toEqual(parsed)
  })

  const unknown = [
    '', 'filing', 'users[0].name', 'teams[x].name', 'enterprise[0].creditCode', 'teams[1].a.b',
  ]

  it.each(unknown)(
    'should give null when %j names no section of the filing',
    (path) => {
      expect(parseIssuePath(path)).toBeNull()
    },
  )
})
