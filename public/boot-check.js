// 三级责任人填报: runs before the first paint, so it stays small. It names the static page
// index.html shows for the hash route (styles/shells.css), and shows a plain message when the
// app bundle never starts, instead of a white page: on an engine too old to run the bundle
// (older than Chrome 64 / iOS 12) or when its file did not load. ES5 in a file of its own, so
// it runs on any engine and under a CSP without 'unsafe-inline'. It runs before config.js, so
// it can also report an error there.
(function () {
  var STARTED = '__SAFETY_ROSTER_STARTED__'
  var CONFIG_ERROR = '__SAFETY_ROSTER_CONFIG_ERROR__'
  // Set by start.js until the entry it inserts after the first paint has run.
  var PENDING = '__SAFETY_ROSTER_ENTRY_PENDING__'
  var root = document.documentElement

  // The form's skeleton on `#/form`, the guide's text on `#/` or no hash, a plain skeleton on
  // any other route. A deferred script would run too late for the first paint.
  var path = location.hash.replace(/^#/, '').split('?')[0]
  var shell = path === '/form' ? 'form' : path === '' || path === '/' ? 'guide' : 'plain'
  root.setAttribute('data-shell', shell)

  window.addEventListener('error', function (event) {
    if (/config\.js/.test(event.filename || '')) {
      window[CONFIG_ERROR] = event.message + ' (config.js:' + event.lineno + ')'
    }
  })

  function add(parent, tag, text, css) {
    var node = document.createElement(tag)
    node.appendChild(document.createTextNode(text))
    node.style.cssText = css
    parent.appendChild(node)
    return node
  }

  function showMessage() {
    if (window[STARTED]) return

    // The static page would sit above the message, promising an app to come.
    root.setAttribute('data-shell', 'none')
    var app = document.getElementById('app')
    if (app) app.style.display = 'none'

    var page = document.createElement('main')
    page.setAttribute('role', 'alert')
    page.style.cssText = 'padding:64px 24px;text-align:center;color:#1f2329;'
      + 'font-family:-apple-system,"PingFang SC",sans-serif'
    add(page, 'h1', '无法打开三级责任人填报', 'font-size:20px;margin:0 0 12px')
    var text = '当前一键通或系统浏览器版本过低，或页面文件未能完整加载。'
      + '请将一键通和系统更新到最新版本，或检查网络后重新加载。'
    add(page, 'p', text, 'font-size:15px;line-height:1.6;color:#646a73;margin:0 0 24px')
    var button = add(page, 'button', '重新加载', 'width:100%;max-width:320px;height:44px;'
      + 'border:0;border-radius:22px;background:#1d63d8;color:#fff;font-size:16px')
    button.onclick = function () {
      window.location.reload()
    }
    document.body.appendChild(page)
  }

  // The app's last resort when even its own error screen cannot load (src/boot/startFailure.ts).
  window.__SAFETY_ROSTER_BOOT_MESSAGE__ = function () {
    window[STARTED] = false
    showMessage()
  }

  // start.js calls this once the entry it inserted has loaded (and so run) or failed.
  window.__SAFETY_ROSTER_ENTRY_DONE__ = function () {
    window[PENDING] = false
    setTimeout(showMessage, 0)
  }

  // Without start.js (its file missing) nothing is pending, and `load` is the last word.
  window.addEventListener('load', function () {
    if (!window[PENDING]) setTimeout(showMessage, 0)
  })
})()
