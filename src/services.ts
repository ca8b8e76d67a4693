// The app's outside world (runtime config, host bridge, backend client), set once at start.
// Stores reach it through useServices(); tests install their own doubles with setServices().
import type { ApiClient } from '@/api/client'
import type { HostBridge } from '@/bridge/types'
import type { RuntimeConfig } from '@/config/runtime'

export interface AppServices {
  config: RuntimeConfig
  bridge: HostBridge
  api: ApiClient
}

let services: AppServices | null = null

export function setServices(next: AppServices): void {
  services = next
}

/** The services installed at start; throws when called before setServices(). */
export function useServices(): AppServices {
  if (!services) throw new Error('useServices() called before setServices(): start the app through main.ts')

  return services
}
