// Debian's Chromium, as the browser tests and the bench launch it.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

// Without the networking flags Chromium tries to reach hosts this machine cannot.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
