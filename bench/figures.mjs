// The report's figures, each with its budget (when issue 6 sets one) and a pass/fail mark.
import { BUDGETS, format, formatBudget, judge } from './budgets.mjs'

function row(label, value, unit, budget, note) {
  return {
    label,
    value,
    shown: format(value, unit),
    budget: budget ? formatBudget(budget) : '—',
    result: budget ? judge(budget, value) : 'info',
    ...(note ? { note } : {}),
  }
}

function lighthouseRows(screen, lh) {
  return [
    row(`Lighthouse ${screen}: performance`, lh.score, 'score', BUDGETS.lighthouseScore),
    row(`Lighthouse ${screen}: LCP`, lh.lcp, 'ms', BUDGETS.lighthouseLcp),
    row(`Lighthouse ${screen}: FCP`, lh.fcp, 'ms'),
    row(`Lighthouse ${screen}: TBT`, lh.tbt, 'ms'),
    row(`Lighthouse ${screen}: bytes transferred`, lh.bytes, 'KB'),
  ]
}

/** Long tasks are only reported above 50 ms: none means every task was shorter. */
function typingRow(field, run) {
  const label = `Large: longest task typing 20 chars in ${field}`
  if (!run.longtaskSupported) return row(label, null, 'ms', BUDGETS.typingTask, 'no longtask API')
  const note = run.longTasks
    ? `${run.longTasks} tasks over 50 ms; slowest input event `
    + format(run.slowestInputEvent, 'ms')
    : 'no task over 50 ms (the longtask API reports none shorter)'

  return row(label, run.longestTask, 'ms', BUDGETS.typingTask, note)
}

/** Why the draft figure is missing, and what storage showed of draft saves meanwhile. */
function draftNote(draft) {
  const { writes, maxMs, maxChars } = draft.storage
  const seen = writes
    ? `; seen meanwhile: ${writes} writes under a draft key, up to ${maxChars} characters, `
    + `the slowest localStorage.setItem ${format(maxMs, 'ms')}`
    : '; no write under a draft key was seen'

  return draft.why ? draft.why + seen : undefined
}

/** Every figure of the run, in the order of issue 6. */
export function collectFigures({ sizes, lighthouse, large }) {
  const typing = large.typing
  const draft = large.draftSave

  return [
    row('First screen JS (gzip)', sizes.firstScreen.js, 'KB', BUDGETS.firstScreenJs),
    row('First screen CSS (gzip)', sizes.firstScreen.css, 'KB', BUDGETS.firstScreenCss),
    row('All JS of the flow (gzip)', sizes.flow.js, 'KB', BUDGETS.flowJs),
    row('All CSS of the flow (gzip)', sizes.flow.css, 'KB'),
    ...lighthouseRows('guide', lighthouse.guide),
    ...lighthouseRows('form', lighthouse.form),
    row('Large: form usable after the filing arrives', large.load.usableAfterDataMs, 'ms',
      BUDGETS.usable),
    row(`Large: editor open + save (median of ${large.editor.runs.length})`, large.editor.median,
      'ms', BUDGETS.editor),
    typingRow('发证单位 (editor)', typing.editorIssuer),
    typingRow('统一社会信用代码 (form)', typing.formCreditCode),
    row('Large: draft save per change', draft.perChangeMs, 'ms', undefined, draftNote(draft)),
    row('Large: JS heap after loading (after GC)', large.heap.usedBytes, 'MB', BUDGETS.heap),
  ]
}
