// Realistic sample data for the mock backend, QA and tests: one Guangzhou enterprise and a
// complete filing that passes every rule of spec §3 without a warning.
import type { MeEnterprise } from '@/api/types'
import type { Filing, SpecialWorker, Trade } from '@/domain/filing'
import { addDays, addYears } from '@/domain/rules'

export const SAMPLE_ENTERPRISE_ID = 'E1'

/** The enterprise both mock users belong to; its credit code (440106: 天河区) is valid. */
export const SAMPLE_ENTERPRISE: MeEnterprise & { creditCode: string } = {
  id: SAMPLE_ENTERPRISE_ID,
  name: '广州市天河区安信机电设备有限公司',
  creditCode: '91440106MA59TENT4N',
  legalRepresentative: { name: '陈建国', phone: '13826012345' },
  address: '广州市天河区天河北路233号中信广场18楼',
}

// Special-operations certificates run 6 years, pressure-vessel ones 4 (spec §3).
const CERTIFICATE_YEARS: Record<Trade, number> = {
  electrician: 6,
  welder: 6,
  pressure_vessel_operator: 4,
}

type WorkerSeed = Omit<SpecialWorker, 'validFrom' | 'validUntil'> & { issuedDaysAgo: number }

// ID numbers below carry correct GB 11643 check characters; one has the newer `T` prefix.
const WORKERS: WorkerSeed[] = [
  {
    id: 'seed-sw1', trade: 'electrician', name: '黄建军', phone: '13925081234',
    certificateNo: 'T440106198503127719', issuer: '广东省应急管理厅', issuedDaysAgo: 400,
  },
  {
    id: 'seed-sw2', trade: 'electrician', name: '刘志明', phone: '15818765432',
    certificateNo: '440111199007254036', issuer: '广东省应急管理厅', issuedDaysAgo: 1200,
  },
  {
    id: 'seed-sw3', trade: 'welder', name: '王海涛', phone: '18933456789',
    certificateNo: '441900198801185630', issuer: '东莞市应急管理局', issuedDaysAgo: 900,
  },
  {
    id: 'seed-sw4', trade: 'welder', name: '邓小军', phone: '19924561234',
    certificateNo: '430521199211043570', issuer: '广州市应急管理局', issuedDaysAgo: 300,
  },
  {
    id: 'seed-sw5', trade: 'pressure_vessel_operator', name: '周丽萍', phone: '13631457890',
    certificateNo: '445281198706302812', issuer: '广州市市场监督管理局', issuedDaysAgo: 700,
  },
  {
    id: 'seed-sw6', trade: 'pressure_vessel_operator', name: '罗国华', phone: '17722889900',
    certificateNo: '36042119830915123X', issuer: '广州市市场监督管理局', issuedDaysAgo: 200,
  },
]

/** A valid filing of {@link SAMPLE_ENTERPRISE}; certificate dates are relative to `today`. */
export function sampleFiling(today: string): Filing {
  return {
    enterprise: { creditCode: SAMPLE_ENTERPRISE.creditCode },
    principals: [
      { id: 'seed-p1', name: '陈建国', position: '董事长', phone: '13826012345' },
      { id: 'seed-p2', name: '林晓红', position: '总经理', phone: '13560328765' },
    ],
    workshops: [
      {
        id: 'seed-ws1', workshopName: '机加工车间', name: '黄志强', position: '车间主任',
        phone: '18620456789',
      },
      {
        id: 'seed-ws2', workshopName: '装配车间', name: '吴海燕', position: '车间主任',
        phone: '13711223344',
      },
      {
        id: 'seed-ws3', workshopName: '仓储物流部', name: '梁振华', position: '部门经理',
        phone: '15902001122',
      },
    ],
    teams: [
      {
        id: 'seed-t1', workshopId: 'seed-ws1', teamName: '数控班', name: '何文斌',
        position: '班长', phone: '13503001234',
      },
      {
        id: 'seed-t2', workshopId: 'seed-ws1', teamName: '钳工班', name: '张国庆',
        position: '班长', phone: '18011112222',
      },
      {
        id: 'seed-t3', workshopId: 'seed-ws2', teamName: '总装一班', name: '谢美玲',
        position: '班组长', phone: '13822334455',
      },
      {
        id: 'seed-t4', workshopId: 'seed-ws3', teamName: '叉车班', name: '钟伟东',
        position: '班长', phone: '19520306070',
      },
    ],
    specialWorkers: WORKERS.map(({ issuedDaysAgo, ...worker }) => {
      const validFrom = addDays(today, -issuedDaysAgo)
      const validUntil = addYears(validFrom, CERTIFICATE_YEARS[worker.trade])

      return { ...worker, validFrom, validUntil }
    }),
  }
}
