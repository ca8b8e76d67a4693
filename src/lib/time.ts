// Times shown to filers are China time (UTC+8) whatever the phone's zone is set to.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** `2026-12-01T10:20:00+08:00` → `2026-12-01 10:20`; the input unchanged if it is not a time. */
export function formatChinaDateTime(iso: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return iso

  const d = new Date(ms + CHINA_OFFSET_MS)
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`

  return `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}
