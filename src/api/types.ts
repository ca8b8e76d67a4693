// Backend contract (spec §5). Derived from docs/openapi.yaml through the generated schema.d.ts
// (`npm run gen:api`), so the client, the mock backend and the document cannot drift apart.
import type { Filing } from '@/domain/filing'

import type { components } from './schema'

type Schemas = components['schemas']

export type MembershipStatus = Schemas['MembershipStatus']
export type MeUser = Schemas['MeUser']
export type MeEnterprise = Schemas['MeEnterprise']
export type MeResponse = Schemas['MeResponse']
export type FilingRecord = Schemas['FilingRecord']
export type PutFilingResponse = Schemas['PutFilingResponse']
export type FieldError = Schemas['FieldError']
/** The one error body of every non-2xx answer; `current` only on 409. */
export type ErrorBody = Schemas['Error']

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Assert<T extends true> = T

/**
 * The domain's Filing (src/domain/filing.ts) stays hand-written for the rules and the form;
 * this stops compiling when it and the document disagree.
 */
export type FilingMatchesContract = Assert<Same<Filing, Schemas['Filing']>>
