/** Both flavours of the app (classic, then split modules) into `outDir`. */
export function buildApp(options?: {
  mode?: string
  outDir?: string
  logLevel?: 'info' | 'warn' | 'error' | 'silent'
}): Promise<void>
