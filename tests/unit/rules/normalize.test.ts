import { describe, expect, it } from 'vitest'

import { toHalfWidth } from '@/domain/rules'

describe('toHalfWidth', () => {
  it.each([
    ['９１４４０３００', '91440300'],
    ['ＡＢＣｘｙｚ', 'ABCxyz'],
    ['０２０－１２３４５６７８', '020-12345678'],
    ['（＃）', '(#)'],
    ['张\u3000三', '张 三'],
    ['～！', '~!'],
  ])('should convert %s to %s when it holds full-width ASCII', (raw, expected) => {
    expect(toHalfWidth(raw)).toBe(expected)
  })

  it('should leave Chinese characters and CJK punctuation alone when converting', () => {
    expect(toHalfWidth('一车间。、')).toBe('一车间。、')
  })
})
