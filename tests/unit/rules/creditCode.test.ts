import { describe, expect, it } from 'vitest'

import { checkCreditCode, CREDIT_CODE_CHARSET, creditCodeCheckChars } from '@/domain/rules'
import { mulberry32, randomCreditCode } from '@mock/fixtures/generators'

const VALID = [
  '91440300568520498A',
  '9144030071526726XG',
  '91440106MA59TENT4N',
  '91441900MA4W7Y2QXT',
]

describe('checkCreditCode', () => {
  it.each(['92', '93'])('should neither warn nor refuse when the first pair is %s', (pair) => {
    const first16 = `${pair}440300MB2C9531`

    expect(checkCreditCode(first16 + creditCodeCheckChars(first16)).warning).toBeUndefined()
  })

  it.each(VALID)('should accept %s when it is a valid code from the spec', (code) => {
    expect(checkCreditCode(code)).toEqual({ value: code })
  })

  it.each([
    ['91440300568520498B', '第18位校验码不正确，请核对营业执照'],
    ['914403005685204977', '第17位校验码不正确，请核对营业执照'],
    ['9144030056852049OA', '第17位“O”不是有效字符（不含I、O、Z、S、V），请核对营业执照'],
    ['', '请填写统一社会信用代码'],
    ['   ', '请填写统一社会信用代码'],
    ['9144030056852049', '统一社会信用代码应为18位，当前为16位，请核对'],
    ['9144A300568520498A', '第5位应为数字，请核对营业执照'],
  ])('should refuse %s when it breaks GB 32100', (code, error) => {
    expect(checkCreditCode(code).error).toBe(error)
  })

  it.each([
    [' ９１４４０３００５６８５２０４９８ａ ', '91440300568520498A'],
    ['9144 0300 5685 2049 8A', '91440300568520498A'],
    ['914403-00568520498-a', '91440300568520498A'],
  ])('should normalise %j to %s when it is typed loosely', (raw, value) => {
    expect(checkCreditCode(raw)).toEqual({ value })
  })

  it.each(['12', '31', '51', 'N1', 'Y1'])('should only warn when the first pair is %s', (pair) => {
    const first16 = `${pair}440300MB2C9531`
    const result = checkCreditCode(first16 + creditCodeCheckChars(first16))

    expect(result.error).toBeUndefined()
    expect(result.warning).toMatch(/91、92或93/)
  })

  it('should accept every generated code when the check characters are computed', () => {
    const rng = mulberry32(32100)
    for (let i = 0; i < 500; i += 1) {
      const code = randomCreditCode(rng)
      expect(checkCreditCode(code).error, code).toBeUndefined()
    }
  })

  it('should refuse every single-character substitution when the code was valid', () => {
    const rng = mulberry32(2015)
    for (const code of [...VALID, randomCreditCode(rng), randomCreditCode(rng)]) {
      for (let position = 0; position < code.length; position += 1) {
        for (const ch of CREDIT_CODE_CHARSET) {
          if (ch === code[position]) continue
          const changed = code.slice(0, position) + ch + code.slice(position + 1)
          expect(checkCreditCode(changed).error, changed).toBeDefined()
        }
      }
    }
  })
})
