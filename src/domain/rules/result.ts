// Small constructors so every rule returns a FieldResult of the same shape.
import type { FieldResult } from './types'

/** A value that passed. */
export function valid(value: string): FieldResult {
  return { value }
}

/** A value that blocks 下一步, with what to do. */
export function invalid(value: string, error: string): FieldResult {
  return { value, error }
}

/** A value that passed, with a warning when there is one. */
export function hinted(value: string, warning: string | undefined): FieldResult {
  return warning ? { value, warning } : { value }
}
