// Runtime config of 三级责任人填报. Integrators edit this file; it is not content-hashed and
// is read before the app starts. Leave a key out to keep its default. See docs/ for every key.
window.__SAFETY_ROSTER_CONFIG__ = {
  // apiBaseUrl: '/api',
  // bridge: { transport: 'native' },
}
