// The host bridge contract (spec §4): one interface, several transports.

export type BridgeErrorCode = 'NOT_READY' | 'TIMEOUT' | 'UNSUPPORTED' | 'DENIED' | 'HOST_ERROR'

/** The one error every bridge call rejects with. */
export class BridgeError extends Error {
  override readonly name = 'BridgeError'

  constructor(
    readonly code: BridgeErrorCode,
    message: string,
    readonly handler?: string,
  ) {
    super(message)
  }
}

export function isBridgeError(error: unknown): error is BridgeError {
  return error instanceof BridgeError
}

export type BridgeTransport = 'native' | 'postMessage' | 'mock'

/** Logical handler names; the host's own names come from runtime config. */
export type BridgeHandler = 'getToken' | 'setTitle' | 'close' | 'openHostPage'

export type HostPage = 'joinUnit'

export interface HostBridge {
  readonly transport: BridgeTransport
  /** Resolves once the host's bridge is there; rejects with NOT_READY after the ready timeout. */
  ready(): Promise<void>
  /** The user's token; `refresh` asks the host for a new one after a 401. */
  getToken(options: { refresh: boolean }): Promise<string>
  setTitle(title: string): Promise<void>
  /** Closes the app's WebView. */
  close(): Promise<void>
  /** Asks the host to open one of its own pages; UNSUPPORTED when the host cannot. */
  openHostPage(page: HostPage): Promise<void>
}
