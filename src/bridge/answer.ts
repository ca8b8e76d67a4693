// How a host answers a bridge call. The same convention serves every transport that carries
// host answers (native now, postMessage later), so the host team implements it once:
//
//   success        any object; getToken answers `{ "token": "<non-empty string>" }`,
//                  the other handlers may answer `{}`, nothing, or an empty string
//   failure        `{ "error": { "code": "DENIED" | "UNSUPPORTED" | "TIMEOUT" | "HOST_ERROR",
//                                "message": "<text for logs, never shown to the user>" } }`
//
// Either form may arrive as an object or as a JSON string: Android bridges (e.g. the widely
// copied lzyzsd/JsBridge) pass every answer through `String`, iOS ones pass objects.
// An unknown error code, JSON that does not parse and a getToken answer without a token all
// become HOST_ERROR. NOT_READY is never taken from a host: a host that answers is there.
import type { BridgeErrorCode, BridgeHandler } from './types'
import { BridgeError } from './types'

type HostAnswer = Record<string, unknown>

const HOST_CODES: readonly BridgeErrorCode[] = ['DENIED', 'UNSUPPORTED', 'TIMEOUT', 'HOST_ERROR']

function malformed(handler: BridgeHandler, what: string): BridgeError {
  return new BridgeError('HOST_ERROR', `The host answered ${handler} ${what}`, handler)
}

function isObject(value: unknown): value is HostAnswer {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function parse(raw: unknown, handler: BridgeHandler): unknown {
  if (typeof raw !== 'string') return raw
  if (raw.trim() === '') return {}

  try {
    return JSON.parse(raw)
  } catch {
    // The raw text is not quoted in the message: it may hold a token.
    throw malformed(handler, 'with text that is not JSON')
  }
}

function toBridgeError(error: unknown, handler: BridgeHandler): BridgeError {
  const detail = isObject(error) ? error : {}
  const code = HOST_CODES.find(known => known === detail.code) ?? 'HOST_ERROR'
  const message = typeof detail.message === 'string' ? detail.message : 'no message'
  const text = `The host refused ${handler} (${String(detail.code)}): ${message}`

  return new BridgeError(code, text, handler)
}

/** Reads one host answer: the answer object on success, a thrown BridgeError on failure. */
export function readHostAnswer(raw: unknown, handler: BridgeHandler): HostAnswer {
  const answer = parse(raw ?? {}, handler)
  if (!isObject(answer)) {
    const kind = answer === null ? 'null' : Array.isArray(answer) ? 'list' : typeof answer
    throw malformed(handler, `with ${kind} instead of an object`)
  }
  if (answer.error != null) throw toBridgeError(answer.error, handler)

  return answer
}

/** Reads a getToken answer down to the token; HOST_ERROR when there is none. */
export function readTokenAnswer(raw: unknown): string {
  const { token } = readHostAnswer(raw, 'getToken')
  if (typeof token !== 'string' || token === '') {
    throw malformed('getToken', 'without a token')
  }

  return token
}
