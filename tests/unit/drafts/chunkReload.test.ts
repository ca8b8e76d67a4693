import { afterEach, describe, expect, it, vi } from 'vitest'

import { CHUNK_RELOAD_WINDOW_MS, isChunkLoadError, reloadAt, takeDraftRestoreAfterReload } from '@/lib/chunkReload'

afterEach(() => sessionStorage.clear())

describe('reload after a failed chunk', () => {
  it('should recognise the failed dynamic import of Chrome and Safari', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: x.js'))).toBe(true)
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true)
    expect(isChunkLoadError(new Error('Request failed with status 500'))).toBe(false)
  })

  it('should reload once, then refuse within the window so it cannot loop', () => {
    const reload = vi.spyOn(location, 'reload').mockImplementation(() => undefined)

    expect(reloadAt('/confirm', 1_000)).toBe(true)
    expect(location.hash).toBe('#/confirm')
    expect(reloadAt('/confirm', 2_000)).toBe(false)
    expect(reloadAt('/confirm', 1_000 + CHUNK_RELOAD_WINDOW_MS + 1)).toBe(true)
    expect(reload).toHaveBeenCalledTimes(2)
  })

  it('should continue the draft without asking exactly once after the reload', () => {
    vi.spyOn(location, 'reload').mockImplementation(() => undefined)
    reloadAt('/form', 1_000)

    expect(takeDraftRestoreAfterReload()).toBe(true)
    expect(takeDraftRestoreAfterReload()).toBe(false)
  })
})
