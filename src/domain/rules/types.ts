/** Result of checking one field: the normalised value to show back, and at most one message. */
export interface FieldResult {
  /** The normalised value: show it in the field and store it. */
  value: string
  /** Blocks 下一步; says in Chinese what to do. */
  error?: string
  /** Shown at the field, does not block. */
  warning?: string
}

export type IssueSeverity = 'error' | 'warning'

/** One finding over a whole filing, addressed by the same path the backend uses in `fieldErrors`. */
export interface FilingIssue {
  /** e.g. `enterprise.creditCode`, `specialWorkers[2].certificateNo`. */
  path: string
  severity: IssueSeverity
  message: string
}

/** Status of a certificate's validity period relative to today. */
export type CertificateStatus = 'valid' | 'expiring' | 'expired'
