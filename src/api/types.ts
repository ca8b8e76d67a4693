// Backend contract (spec §5).
import type { Filing } from '@/domain/filing'

export type MembershipStatus = 'approved' | 'pending' | 'none'

export interface MeUser {
  id: string
  name: string
  phone: string
}

export interface MeEnterprise {
  id: string
  name: string
  creditCode: string | null
  legalRepresentative: null | { name: string, phone: string | null }
  address: string | null
}

export interface MeResponse {
  user: MeUser
  membership: { status: MembershipStatus }
  enterprise: MeEnterprise | null
}

export interface FilingRecord {
  revision: number
  /** ISO 8601 with offset. */
  submittedAt: string
  submittedBy: string
  filing: Filing
}

export interface PutFilingResponse {
  revision: number
  submittedAt: string
}

export interface FieldError {
  path: string
  message: string
}

export interface ErrorBody {
  code: string
  message: string
  fieldErrors?: FieldError[]
  current?: { revision: number, submittedAt: string, submittedBy: string }
}
