// Runtime config of 三级责任人填报 (docs/runtime-config.md). Integrators edit this file; it is
// not content-hashed, so serve it with `Cache-Control: no-cache`. It runs before the app as a
// classic script. Uncomment a key to change it; a left-out key keeps the default shown. A key
// the app does not know, or a bad value, stops the app with a screen that names the key.
window.__SAFETY_ROSTER_CONFIG__ = {
  // Backend base URL: a path on this server ('/api') or an absolute https URL, which the
  // backend must then allow by CORS (Authorization, Idempotency-Key, If-Match headers).
  // apiBaseUrl: '/api',

  // Timeout of one backend request, in milliseconds (100 to 600000).
  // requestTimeoutMs: 15000,

  // bridge: {
  //   // 'native': window.WebViewJavascriptBridge injected by the host app (production);
  //   // 'postMessage': the app runs in an iframe of a host page (docs/bridge.md);
  //   // 'mock': development and QA builds only.
  //   transport: 'native',
  //
  //   // The host's names for the handlers the app calls, when they differ from these.
  //   handlerNames: {
  //     getToken: 'getToken',
  //     setTitle: 'setTitle',
  //     close: 'close',
  //     openHostPage: 'openHostPage',
  //   },
  //
  //   // How long to wait for the host to inject its bridge, in milliseconds.
  //   readyTimeoutMs: 5000,
  //
  //   // Timeout of one bridge call, in milliseconds.
  //   callTimeoutMs: 8000,
  //
  //   // postMessage only: exact origins of the host page, e.g. ['https://host.example.com'].
  //   // Messages from any other origin are ignored; nothing is ever posted to '*'.
  //   trustedOrigins: [],
  // },

  // Use the mock host and mock backend: only in bundles built with mocks (npm run build:qa).
  // mock: false,
}
