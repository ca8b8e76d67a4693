// Boot (spec §2.1): what the filer sees for each outcome of host bridge, membership and backend.
import { describe, expect, it } from 'vitest'

import { MOCK_ABSENT_AFTER_MS } from '@mock/host/mockBridge'

import { mulberry32, randomFiling } from '@mock/fixtures/generators'
import { renderApp } from './support/renderApp'

describe('boot', () => {
  it('should show the guide with 开始填报 when the user is approved and never filed', async () => {
    const { screen } = await renderApp()

    expect(await screen.findByRole('button', { name: '开始填报' })).toBeTruthy()
    expect(screen.getByRole('heading', { name: '三级责任人填报' })).toBeTruthy()
    expect(screen.getByRole('heading', { name: '什么是三级责任人' })).toBeTruthy()
    expect(screen.queryByText(/上次提交：/)).toBeNull()
  })

  it('should show 办事指南\'s text with the guide only', async () => {
    const { screen, user } = await renderApp()

    await user.click(await screen.findByRole('button', { name: '开始填报' }))
    await screen.findByRole('textbox', { name: '统一社会信用代码' })
    expect(screen.queryByRole('heading', { name: '什么是三级责任人' })).toBeNull()
  })

  it('should offer 更新填报 with the last submission when a filing exists', async () => {
    const { screen } = await renderApp({ existingFiling: randomFiling(mulberry32(11)) })

    expect(await screen.findByRole('button', { name: '更新填报' })).toBeTruthy()
    expect(screen.getByText(/上次提交：.*（张伟）/)).toBeTruthy()
  })

  it('should explain joining and ask the host to open 加入单位 when the user has no unit', async () => {
    const { screen, user, hostCalls } = await renderApp({ scenario: { membership: 'none' } })

    expect(await screen.findByText('您尚未加入单位')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: '去加入单位' }))

    expect(hostCalls).toContainEqual(expect.objectContaining({
      handler: 'openHostPage',
      data: { page: 'joinUnit' },
      result: 'ok',
    }))
  })

  it('should say the join request is pending when membership is pending', async () => {
    const { screen } = await renderApp({ scenario: { membership: 'pending' } })

    expect(await screen.findByText('加入单位申请审核中')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '去加入单位' })).toBeNull()
    expect(screen.getByRole('button', { name: '我已加入，重新检查' })).toBeTruthy()
  })

  it('should offer 重试 when the host bridge never arrives', async () => {
    const { screen } = await renderApp({ scenario: { host: 'absent' } })

    const alert = await screen.findByRole('alert', {}, { timeout: MOCK_ABSENT_AFTER_MS + 2_000 })

    expect(alert.textContent).toContain('未能连接一键通')
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy()
  })

  it('should recover on 重试 when the backend failed and works again', async () => {
    const { screen, user, setScenario } = await renderApp({ scenario: { serverError: 'me' } })

    expect(await screen.findByText('服务暂不可用')).toBeTruthy()
    setScenario({ serverError: 'none' })
    await user.click(screen.getByRole('button', { name: '重试' }))

    expect(await screen.findByRole('button', { name: '开始填报' })).toBeTruthy()
  })
})
