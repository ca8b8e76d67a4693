// What the mock backend received, so tests can assert the requests the app sent. Only whether
// an Authorization header was there is kept, never the token itself.

export interface LoggedRequest {
  method: string
  /** Path below the base URL, e.g. `/v1/filing`. */
  path: string
  hasAuthorization: boolean
  ifMatch: string | null
  idempotencyKey: string | null
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown
  /** When the backend received it (ms since epoch). */
  receivedAt: number
}

export interface RequestLog {
  /** Live array, oldest first. */
  readonly entries: LoggedRequest[]
  record: (entry: LoggedRequest) => void
  clear: () => void
}

/** A request log writing into `entries` (pass `window.__mockBackendLog` to share it). */
export function createRequestLog(entries: LoggedRequest[] = []): RequestLog {
  return {
    entries,
    record: entry => void entries.push(entry),
    // Emptied in place so a reference held by a browser test stays live.
    clear: () => void entries.splice(0, entries.length),
  }
}
