// Small statistics shared by the measurements.

/** The middle value (the upper one of an even count), or null for no values. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)

  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null
}

export function max(values) {
  return values.reduce((top, value) => Math.max(top, value), 0)
}
