// 三级责任人填报: picks how to load the app. Served over http(s) to an engine with ES modules,
// it loads the split module build (only what the first screen needs). Opened from file:// (an
// offline package) or on an engine without modules, it loads the one classic script instead:
// module scripts are CORS requests, which browsers refuse for file:// pages (origin `null`).
// ES5 in a file of its own, so it runs on any engine and under a CSP without 'unsafe-inline'.
(function () {
  var self = document.currentScript
  if (!self) return

  var PENDING = '__SAFETY_ROSTER_ENTRY_PENDING__'
  // Should no paint ever be reported, the app starts anyway after this long.
  var PAINT_WAIT_MS = 3000
  var probe = document.createElement('script')
  var classic = location.protocol === 'file:' || !('noModule' in probe)
  var inserted = false

  function add(tag, attributes) {
    var node = document.createElement(tag)
    for (var name in attributes) node.setAttribute(name, attributes[name])
    document.head.appendChild(node)
    return node
  }

  // boot-check.js shows its message when the entry has run without starting the app.
  function done() {
    var report = window.__SAFETY_ROSTER_ENTRY_DONE__
    if (typeof report === 'function') report()
  }

  function insert() {
    if (inserted) return
    inserted = true

    var script
    if (classic) {
      add('link', { rel: 'stylesheet', href: self.getAttribute('data-classic-css') })
      // Inserted scripts run as soon as they arrive; this one waits for nothing else anyway.
      script = add('script', { src: self.getAttribute('data-classic') })
    } else {
      script = add('script', { type: 'module', src: self.getAttribute('data-module') })
    }
    script.onload = done
    script.onerror = done
  }

  // Runs `callback` once the static page is on screen: at its first contentful paint, or on
  // engines without paint timing (iOS 12) a frame later. A hidden WebView paints nothing: the
  // app starts there at once.
  function whenPainted(callback) {
    if (document.hidden) return callback()
    document.addEventListener('visibilitychange', callback)
    var Observer = window.PerformanceObserver
    var types = Observer && Observer.supportedEntryTypes
    if (types && types.indexOf('paint') !== -1) {
      var observer = new Observer(function (list) {
        if (!list.getEntriesByName('first-contentful-paint').length) return
        observer.disconnect()
        callback()
      })
      observer.observe({ type: 'paint', buffered: true })
    } else if (typeof window.requestAnimationFrame === 'function') {
      // A timeout inside a frame's callback runs after that frame's paint.
      window.requestAnimationFrame(function () {
        setTimeout(callback, 0)
      })
    } else {
      callback()
    }
    setTimeout(callback, PAINT_WAIT_MS)
  }

  // The entry is requested once the static page is painted: on a slow link its bytes would
  // otherwise share the bandwidth with the page's own stylesheet, and the first paint waits.
  window[PENDING] = true
  whenPainted(insert)
})()
