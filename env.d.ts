/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "true" when the bundle carries the mock host and mock backend (dev and QA builds). */
  readonly VITE_MOCKS: string
}
