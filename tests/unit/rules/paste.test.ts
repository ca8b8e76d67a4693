import { describe, expect, it } from 'vitest'

import { extractFromPaste } from '@/domain/rules'

import { mulberry32, randomCreditCode, randomIdNumber } from '@mock/fixtures/generators'

describe('extractFromPaste: credit code', () => {
  it.each([
    ['统一社会信用代码：91440300568520498A。', '91440300568520498A'],
    ['91440300568520498A', '91440300568520498A'],
    ['信用代码 ９１４４０３００５６８５２０４９８Ａ（见营业执照）', '91440300568520498A'],
    ['代码是91440106ma59tent4n，麻烦核对', '91440106MA59TENT4N'],
    ['广州市天河区安信机电设备有限公司\n统一社会信用代码:9144030071526726XG\n地址：天河北路233号', '9144030071526726XG'],
  ])('should take the code out of %j', (text, code) => {
    expect(extractFromPaste('creditCode', text)).toBe(code)
  })

  it('should take any valid code out of a message when it is the only one', () => {
    const rng = mulberry32(20)
    for (let i = 0; i < 50; i += 1) {
      const code = randomCreditCode(rng)
      expect(extractFromPaste('creditCode', `企业信用代码：${code}，请查收`)).toBe(code)
    }
  })

  it('should return a shaped but wrong code, for the field to say why', () => {
    expect(extractFromPaste('creditCode', '代码：91440300568520498B')).toBe('91440300568520498B')
  })

  it('should return null when the message holds two different codes', () => {
    const text = '总公司91440300568520498A，分公司9144030071526726XG'

    expect(extractFromPaste('creditCode', text)).toBeNull()
  })

  it('should take the code when it is repeated in the message', () => {
    const text = '91440300568520498A（统一社会信用代码91440300568520498A）'

    expect(extractFromPaste('creditCode', text)).toBe('91440300568520498A')
  })

  it('should prefer the code that checks when an ID number is beside it', () => {
    const text = '法人身份证440524188001010014，信用代码91440300568520498A'

    expect(extractFromPaste('creditCode', text)).toBe('91440300568520498A')
  })

  it.each([
    ['请尽快填报三级责任人'],
    ['代码9144030056852049'],
    ['电话13800138000'],
    [''],
  ])('should return null when %j holds no code', (text) => {
    expect(extractFromPaste('creditCode', text)).toBeNull()
  })
})

describe('extractFromPaste: phone', () => {
  it.each([
    ['电话 138-0013-8000（微信同号）', '13800138000'],
    ['13800138000', '13800138000'],
    ['联系人：黄志强，手机：+86 186 2045 6789', '18620456789'],
    ['办公室电话（020）87654321转8001，工作日找我', '020-87654321-8001'],
    ['手机：１３９１２３４５６７８。', '13912345678'],
    ['电话0755-2345678', '0755-2345678'],
    ['138 0013 8000 / 13800138000', '13800138000'],
  ])('should take the number out of %j', (text, phone) => {
    expect(extractFromPaste('phone', text)).toBe(phone)
  })

  it('should return null when the message holds two numbers', () => {
    expect(extractFromPaste('phone', '张伟13800138000，李娜13912345678')).toBeNull()
  })

  it.each([
    ['生日 1990-07-25'],
    ['身份证440524188001010014'],
    ['分机8001'],
  ])('should return null when %j holds no phone number', (text) => {
    expect(extractFromPaste('phone', text)).toBeNull()
  })
})

describe('extractFromPaste: certificate number', () => {
  it.each([
    ['证号T440524188001010014', 'T440524188001010014'],
    ['电工 刘志明 证号：11010519491231002x，有效期2024-03-01至2030-02-28', '11010519491231002X'],
    ['特种作业操作证 编号 T４４０５２４１８８００１０１００１４', 'T440524188001010014'],
    ['证书编号：GD—2019—00123（广东省应急管理厅）', 'GD-2019-00123'],
    ['王海涛 18933456789 证号T440524188001010014 发证20240301', 'T440524188001010014'],
  ])('should take the number out of %j', (text, certificateNo) => {
    expect(extractFromPaste('certificateNo', text)).toBe(certificateNo)
  })

  it('should take any ID-number certificate out of a message', () => {
    const rng = mulberry32(21)
    for (let i = 0; i < 50; i += 1) {
      const idNumber = randomIdNumber(rng)
      expect(extractFromPaste('certificateNo', `证号：T${idNumber}。`)).toBe(`T${idNumber}`)
    }
  })

  it('should return null when the message holds two certificates', () => {
    const text = '黄建军T440106198503127719，刘志明440111199007254036'

    expect(extractFromPaste('certificateNo', text)).toBeNull()
  })

  it.each([
    ['有效期2024-03-01至2030-02-28'],
    ['电话13800138000'],
    ['广东省应急管理厅'],
  ])('should return null when %j holds no certificate number', (text) => {
    expect(extractFromPaste('certificateNo', text)).toBeNull()
  })
})
