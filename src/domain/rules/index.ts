// Field and filing rules of spec §3. Plain TypeScript shared by the form, the confirm page
// and the mock backend. (Signatures fixed here; implementation lives in the files beside.)
export * from './types'
