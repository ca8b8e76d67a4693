// Normalisation shared by every field rule (spec §3: "normalise before validating").

const FULL_WIDTH_OFFSET = 0xFEE0
const IDEOGRAPHIC_SPACE = '\u3000'
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/
const FULL_WIDTH_ALL = /[\uFF01-\uFF5E\u3000]/g
const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u3000]/
const FULL_WIDTH_ALNUM_ALL = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u3000]/g

/** Full-width ASCII (U+FF01–FF5E) and the ideographic space (U+3000) to half-width. */
export function toHalfWidth(raw: string): string {
  // Almost all input is already half-width: a test is much cheaper than a replace callback.
  return FULL_WIDTH.test(raw) ? raw.replace(FULL_WIDTH_ALL, shiftToHalfWidth) : raw
}

/**
 * Only full-width letters, digits and spaces to half-width. Free text keeps Chinese
 * punctuation such as `（）` and `，` as typed, because that is how Chinese text is written.
 */
export function toHalfWidthAlnum(raw: string): string {
  return FULL_WIDTH_ALNUM.test(raw) ? raw.replace(FULL_WIDTH_ALNUM_ALL, shiftToHalfWidth) : raw
}

function shiftToHalfWidth(ch: string): string {
  if (ch === IDEOGRAPHIC_SPACE) return ' '

  return String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET)
}

/** Trim and collapse every run of whitespace (newlines from a paste included) to one space. */
export function collapseSpaces(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ')
}

/** Codes (credit code, certificate number): half-width, no whitespace, upper case. */
export function normalizeCode(raw: string): string {
  return toHalfWidth(raw).replace(/\s+/g, '').toUpperCase()
}

/** Length in Unicode code points, so an extension-B character counts as one (spec §3). */
export function codePointLength(text: string): number {
  let length = text.length
  for (let i = 0; i < text.length; i += 1) {
    // A high surrogate followed by a low one is a single code point.
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) length -= 1
  }

  return length
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xD800 && unit <= 0xDBFF
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xDC00 && unit <= 0xDFFF
}

/** Key for "same value" comparisons: width, case and spaces do not make two names differ. */
export function comparisonKey(value: string): string {
  return toHalfWidth(value).replace(/\s+/g, '').toLowerCase()
}
