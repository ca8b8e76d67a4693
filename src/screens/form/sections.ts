// What each list section of the form holds: its title, its fields and how each is checked.
import type { FilingListKey } from '@/domain/filing'
import {
  checkCertificateNo,
  checkPersonName,
  checkPhone,
  checkRequiredText,
  extractFromPaste,
  type FieldResult,
} from '@/domain/rules'

/** How a field is edited: typed text, picked from a list, or picked as a date. */
export type FieldKind = 'text' | 'tel' | 'workshop' | 'trade' | 'date'

export interface FieldSpec {
  key: string
  label: string
  kind: FieldKind
  placeholder: string
  /** Check of a typed value on its own; pickers and dates are checked with the whole item. */
  check?: (raw: string) => FieldResult
  /** Picks the value out of a pasted chat message (see extractFromPaste). */
  paste?: (text: string) => string | null
}

export interface SectionSpec {
  key: FilingListKey
  title: string
  /** What one item is called, e.g. in 添加负责人. */
  noun: string
  /** Explains the level in one line. */
  hint: string
  fields: FieldSpec[]
  /** Whether the filing needs at least one item. */
  required: boolean
}

const name: FieldSpec = {
  key: 'name', label: '姓名', kind: 'text', placeholder: '请输入姓名', check: checkPersonName,
}
const position: FieldSpec = {
  key: 'position',
  label: '职务',
  kind: 'text',
  placeholder: '如：总经理',
  check: raw => checkRequiredText(raw, '职务'),
}
const phone: FieldSpec = {
  key: 'phone',
  label: '联系方式',
  kind: 'tel',
  placeholder: '手机号或带区号的固定电话',
  check: checkPhone,
  paste: text => extractFromPaste('phone', text),
}

export const SECTIONS: readonly SectionSpec[] = [
  {
    key: 'principals',
    title: '企业主要负责人',
    noun: '主要负责人',
    hint: '一级责任人，至少填写一位',
    required: true,
    fields: [name, position, phone],
  },
  {
    key: 'workshops',
    title: '车间级负责人',
    noun: '车间',
    hint: '二级责任人，每个车间（分厂、生产线、项目部等）一位',
    required: false,
    fields: [
      {
        key: 'workshopName',
        label: '车间名称',
        kind: 'text',
        placeholder: '如：一号生产车间',
        check: raw => checkRequiredText(raw, '车间名称'),
      },
      name,
      { ...position, placeholder: '如：车间主任' },
      phone,
    ],
  },
  {
    key: 'teams',
    title: '班组级负责人',
    noun: '班组',
    hint: '三级责任人，每个班组一位，班组隶属于一个车间',
    required: false,
    fields: [
      { key: 'workshopId', label: '所属车间', kind: 'workshop', placeholder: '请选择所属车间' },
      {
        key: 'teamName',
        label: '班组名称',
        kind: 'text',
        placeholder: '如：装配一班',
        check: raw => checkRequiredText(raw, '班组名称'),
      },
      name,
      { ...position, placeholder: '如：班组长' },
      phone,
    ],
  },
  {
    key: 'specialWorkers',
    title: '“两电一容”人员',
    noun: '人员',
    hint: '持证的电工、电焊工、压力容器操作工',
    required: false,
    fields: [
      { key: 'trade', label: '工种类型', kind: 'trade', placeholder: '请选择工种' },
      name,
      phone,
      {
        key: 'certificateNo',
        label: '证件编号',
        kind: 'text',
        placeholder: '特种作业操作证编号',
        check: checkCertificateNo,
        paste: text => extractFromPaste('certificateNo', text),
      },
      {
        key: 'issuer',
        label: '发证单位',
        kind: 'text',
        placeholder: '如：广东省应急管理厅',
        check: raw => checkRequiredText(raw, '发证单位'),
      },
      { key: 'validFrom', label: '有效期开始日期', kind: 'date', placeholder: '请选择日期' },
      { key: 'validUntil', label: '有效期截止日期', kind: 'date', placeholder: '请选择日期' },
    ],
  },
]

export function sectionOf(key: FilingListKey): SectionSpec {
  const section = SECTIONS.find(candidate => candidate.key === key)
  if (!section) throw new Error(`Unknown section ${key}`)

  return section
}
