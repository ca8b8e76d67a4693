// Runtime APIs our code calls that the oldest supported engines lack; syntax is lowered by the
// build, and `npm run check:dist` names any newer API that reaches the bundle. Written by hand:
// core-js's version of this one function costs 13 KB gzip of shared machinery.

// Object.fromEntries: Chrome 73, iOS 12.1 (the filing store builds error maps with it).
if (typeof Object.fromEntries !== 'function') {
  Object.defineProperty(Object, 'fromEntries', {
    configurable: true,
    writable: true,
    value: function fromEntries(entries: Iterable<readonly [PropertyKey, unknown]>) {
      const result: Record<PropertyKey, unknown> = {}
      for (const [key, value] of entries) result[key] = value

      return result
    },
  })
}

export {}
