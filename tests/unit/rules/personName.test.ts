import { describe, expect, it } from 'vitest'

import { checkPersonName } from '@/domain/rules'

describe('checkPersonName', () => {
  it.each([
    ['张三', '张三'],
    ['  欧阳 娜娜  ', '欧阳 娜娜'],
    ['John   Smith', 'John Smith'],
    ['ＪＯＨＮ　ＳＭＩＴＨ', 'JOHN SMITH'],
    ['阿卜杜·热合曼', '阿卜杜·热合曼'],
    ['阿卜杜•热合曼', '阿卜杜·热合曼'],
    ['阿卜杜・热合曼', '阿卜杜·热合曼'],
    ['阿卜杜.热合曼', '阿卜杜·热合曼'],
    ['阿卜杜 · 热合曼', '阿卜杜·热合曼'],
    ['𠀀𠀁', '𠀀𠀁'],
    ['李〇', '李〇'],
  ])('should accept %j as %s', (raw, value) => {
    expect(checkPersonName(raw)).toEqual({ value })
  })

  it('should count code points when the name uses extension-B characters', () => {
    const thirty = '𠀀'.repeat(30)

    expect(thirty.length).toBe(60)
    expect(checkPersonName(thirty).error).toBeUndefined()
    expect(checkPersonName(`${thirty}𠀀`).error).toBe('姓名最多30个字，当前31个')
  })

  it.each([
    ['', '请填写姓名'],
    ['张', '姓名至少2个字，请填写全名'],
    ['张三3', '姓名不能包含数字，请修改'],
    ['张三😀', '姓名不能包含表情符号，请修改'],
    ['张😀', '姓名不能包含表情符号，请修改'],
    ['王👨‍👩‍👧', '姓名不能包含表情符号，请修改'],
    ['张三❤️', '姓名不能包含表情符号，请修改'],
    ['J. Smith', '姓名不能包含“.”，只能填写汉字、字母、“·”和空格'],
    ['张三（经理）', '姓名不能包含“（”，只能填写汉字、字母、“·”和空格'],
    ['·张三', '“·”只能用在姓名中间，请修改'],
    ['张三·', '“·”只能用在姓名中间，请修改'],
    ['张··三', '“·”只能用在姓名中间，请修改'],
    ['张'.repeat(31), '姓名最多30个字，当前31个'],
  ])('should refuse %j', (raw, error) => {
    expect(checkPersonName(raw).error).toBe(error)
  })
})
