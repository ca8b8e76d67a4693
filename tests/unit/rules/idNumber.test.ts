import { describe, expect, it } from 'vitest'

import { checkIdNumber } from '@/domain/rules'
import { mulberry32, randomIdNumber } from '@mock/fixtures/generators'

const TODAY = '2026-06-15'
const VALID = ['11010519491231002X', '440524188001010014']
const ID_CHARS = '0123456789X'

describe('checkIdNumber', () => {
  it.each(VALID)('should accept %s when it is a valid ID from the spec', (id) => {
    expect(checkIdNumber(id, TODAY)).toBeNull()
  })

  it('should accept a lower-case x when the check character is X', () => {
    expect(checkIdNumber('11010519491231002x', TODAY)).toBeNull()
  })

  it.each([
    ['110105194912310021', '身份证号第18位校验码不正确，请核对'],
    ['440524188001010015', '身份证号第18位校验码不正确，请核对'],
    ['110105194902300021', '身份证号第7-14位出生日期不正确，请核对'],
    ['110105179912310021', '身份证号第7-14位出生日期不正确，请核对'],
    ['110105202612310021', '身份证号第7-14位出生日期不正确，请核对'],
    ['11010519491231002', '身份证号应为18位：17位数字加1位数字或X'],
    ['1101051949123100X2', '身份证号应为18位：17位数字加1位数字或X'],
  ])('should refuse %s when it breaks GB 11643', (id, error) => {
    expect(checkIdNumber(id, TODAY)).toBe(error)
  })

  it('should accept a birth date of today and refuse tomorrow when dates are near now', () => {
    const bornToday = '11010520260615001'
    const bornTomorrow = '11010520260616001'

    expect(checkIdNumber(withCheck(bornToday), TODAY)).toBeNull()
    expect(checkIdNumber(withCheck(bornTomorrow), TODAY)).toMatch(/出生日期/)
  })

  it('should accept every generated ID when the check character is computed', () => {
    const rng = mulberry32(11643)
    for (let i = 0; i < 500; i += 1) {
      const id = randomIdNumber(rng)
      expect(checkIdNumber(id, TODAY), id).toBeNull()
    }
  })

  it('should refuse every single-character substitution when the ID was valid', () => {
    const rng = mulberry32(1999)
    for (const id of [...VALID, randomIdNumber(rng), randomIdNumber(rng)]) {
      for (let position = 0; position < id.length; position += 1) {
        for (const ch of ID_CHARS) {
          if (ch === id[position]) continue
          const changed = id.slice(0, position) + ch + id.slice(position + 1)
          expect(checkIdNumber(changed, TODAY), changed).not.toBeNull()
        }
      }
    }
  })
})

/** Complete 17 digits with the one check character that makes them valid. */
function withCheck(first17: string): string {
  const id = [...'0123456789X'].map(ch => first17 + ch).find(id => !checkIdNumber(id, '9999-12-31'))
  if (!id) throw new Error(`no check character for ${first17}`)

  return id
}
