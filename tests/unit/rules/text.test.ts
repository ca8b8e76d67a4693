import { describe, expect, it } from 'vitest'

import { checkRequiredText } from '@/domain/rules'

describe('checkRequiredText', () => {
  it('should ask for the field by its label when it is empty', () => {
    expect(checkRequiredText(' \u3000 ', '车间名称')).toEqual({ value: '', error: '请填写车间名称' })
  })

  it('should trim, half-width letters and digits, and collapse spaces when normalising', () => {
    expect(checkRequiredText('  一车间　Ａ区   ３号线 ', '车间名称')).toEqual({ value: '一车间 A区 3号线' })
  })

  it('should keep Chinese punctuation when it is part of the text', () => {
    expect(checkRequiredText('总装车间（东区），二号', '车间名称').value).toBe('总装车间（东区），二号')
  })

  it('should accept 50 code points and refuse 51 when the limit is the default', () => {
    expect(checkRequiredText('𠀀'.repeat(50), '发证单位').error).toBeUndefined()
    expect(checkRequiredText('安'.repeat(51), '发证单位').error).toBe('发证单位最多50个字，当前51个')
  })

  it('should honour a smaller limit when one is given', () => {
    expect(checkRequiredText('安全主任', '职务', 3).error).toBe('职务最多3个字，当前4个')
  })
})
