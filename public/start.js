// 三级责任人填报: picks how to load the app. Served over http(s) to an engine with ES modules,
// it loads the split module build (only what the first screen needs). Opened from file:// (an
// offline package) or on an engine without modules, it loads the one classic script instead:
// module scripts are CORS requests, which browsers refuse for file:// pages (origin `null`).
// ES5 in a file of its own, so it runs on any engine and under a CSP without 'unsafe-inline'.
(function () {
  var self = document.currentScript
  if (!self) return

  var probe = document.createElement('script')
  var classic = location.protocol === 'file:' || !('noModule' in probe)

  function add(tag, attributes) {
    var node = document.createElement(tag)
    for (var name in attributes) node.setAttribute(name, attributes[name])
    document.head.appendChild(node)
  }

  if (classic) {
    add('link', { rel: 'stylesheet', href: self.getAttribute('data-classic-css') })
    var script = document.createElement('script')
    // Inserted scripts run as soon as they arrive; this one waits for nothing else anyway.
    script.src = self.getAttribute('data-classic')
    document.head.appendChild(script)
  } else {
    add('script', { type: 'module', src: self.getAttribute('data-module') })
  }
})()
