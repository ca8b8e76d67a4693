// What the stub backend answers: the signed-in user, and a small or a large earlier filing.
import { runnerImport } from 'vite'

import { ROOT } from './build.mjs'

/** The bench's seed: the large filing is the same on every run. */
export const SEED = 20260601

export const ME = {
  user: { id: 'u-bench', name: '张伟', phone: '13826451234' },
  membership: { status: 'approved' },
  enterprise: {
    id: 'e-bench',
    name: '广州市天河区安信机电设备有限公司',
    creditCode: '91440300568520498A',
    legalRepresentative: { name: '陈建国', phone: '13826451234' },
    address: '广州市天河区天河路 385 号',
  },
}

const person = (id, name, position, phone) => ({ id, name, position, phone })
const worker = (id, trade, name, phone, certificateNo, validFrom, validUntil) => ({
  id, trade, name, phone, certificateNo, issuer: '广东省应急管理厅', validFrom, validUntil,
})

/** 2 principals, 3 workshops, 4 teams, 6 workers: a typical small enterprise. */
export const SMALL_FILING = {
  enterprise: { creditCode: '91440300568520498A' },
  principals: [
    person('p1', '陈建国', '总经理', '13826451234'),
    person('p2', '刘美华', '安全总监', '02083345678'),
  ],
  workshops: [
    { ...person('w1', '王志强', '车间主任', '13922334455'), workshopName: '冲压车间' },
    { ...person('w2', '赵磊', '车间主任', '13711112222'), workshopName: '焊装车间' },
    { ...person('w3', '孙丽', '车间副主任', '19212345678'), workshopName: '涂装车间' },
  ],
  teams: [
    { ...person('t1', '周杰', '班长', '13600001111'), workshopId: 'w1', teamName: '冲压一班' },
    { ...person('t2', '吴刚', '班长', '13600002222'), workshopId: 'w1', teamName: '冲压二班' },
    { ...person('t3', '郑浩', '班长', '15800003333'), workshopId: 'w2', teamName: '焊装一班' },
    { ...person('t4', '黄小明', '班长', '18800004444'), workshopId: 'w3', teamName: '涂装一班' },
  ],
  specialWorkers: [
    worker('s1', 'electrician', '李强', '13500005555', '11010519491231002X',
      '2024-03-01', '2030-02-28'),
    worker('s2', 'electrician', '何伟', '13500006666', 'T440524188001010014',
      '2023-06-15', '2029-06-14'),
    worker('s3', 'welder', '林志明', '13500007777', '440524188001010014',
      '2022-01-10', '2028-01-09'),
    worker('s4', 'welder', '曾凡', '13500008888', 'T11010519491231002X',
      '2025-05-20', '2031-05-19'),
    worker('s5', 'pressure_vessel_operator', '梁海', '13500009999', '11010519491231002X',
      '2024-05-20', '2028-05-19'),
    worker('s6', 'pressure_vessel_operator', '邓丽君', '075782345678', 'T440524188001010014',
      '2025-01-01', '2028-12-31'),
  ],
}

/** The large enterprise of issue 6, from the seeded generator the unit tests use. */
export async function largeFiling() {
  const alias = { '@': `${ROOT}src`, '@mock': `${ROOT}mock` }
  const { module } = await runnerImport(`${ROOT}mock/fixtures/generators.ts`, {
    root: ROOT,
    logLevel: 'warn',
    resolve: { alias },
  })

  return module.randomFiling(module.mulberry32(SEED), module.LARGE_ENTERPRISE)
}

/** An earlier submission of `filing`, as GET /v1/filing returns it. */
export function recordOf(filing) {
  return { revision: 3, submittedAt: '2026-11-20T09:30:00+08:00', submittedBy: '张伟', filing }
}
