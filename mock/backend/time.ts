// China has had no daylight saving time since 1991, so a fixed +08:00 offset is exact.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

/** `2026-12-03T18:30:00+08:00`: an instant as the backend writes it (spec §5). */
export function toChinaIsoString(ms: number): string {
  const local = new Date(ms + CHINA_OFFSET_MS).toISOString()

  return `${local.slice(0, 19)}+08:00`
}
