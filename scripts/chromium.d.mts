/** Path of Debian's Chromium (CHROMIUM_PATH overrides it). */
export const CHROMIUM: string
/** Flags every launch needs on this kind of machine. */
export const CHROMIUM_FLAGS: string[]
