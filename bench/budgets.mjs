// The budgets of issue 6, and the pass/fail mark of one figure against its budget.

export const KB = 1024
export const MB = 1024 * 1024

/** Each budget: its limit, the unit it is shown in, and whether smaller or larger is better. */
export const BUDGETS = {
  firstScreenJs: { label: 'First screen JS (gzip)', max: 70 * KB, unit: 'KB' },
  firstScreenCss: { label: 'First screen CSS (gzip)', max: 20 * KB, unit: 'KB' },
  flowJs: { label: 'All JS of the flow (gzip)', max: 150 * KB, unit: 'KB' },
  lighthouseScore: { label: 'Lighthouse mobile performance', min: 98, unit: 'score' },
  lighthouseLcp: { label: 'Lighthouse LCP', max: 1300, unit: 'ms' },
  usable: { label: 'Form usable after the filing arrives', max: 1000, unit: 'ms' },
  editor: { label: 'Editor open + save', max: 100, unit: 'ms' },
  typingTask: { label: 'Longest task while typing 20 characters', max: 50, unit: 'ms' },
  heap: { label: 'JS heap after loading', max: 60 * MB, unit: 'MB' },
}

/** 'pass', 'fail', or 'n/a' when the figure could not be measured. */
export function judge(budget, value) {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a'
  if (budget.max !== undefined) return value <= budget.max ? 'pass' : 'fail'

  return value >= budget.min ? 'pass' : 'fail'
}

/** A value in the budget's unit, for people. */
export function format(value, unit) {
  if (value === null || value === undefined) return 'n/a'
  if (unit === 'KB') return `${(value / KB).toFixed(1)} KB`
  if (unit === 'MB') return `${(value / MB).toFixed(1)} MB`
  if (unit === 'ms') return `${Math.round(value)} ms`

  return String(Math.round(value))
}

/** The budget as text: '≤ 70.0 KB' or '≥ 98'. */
export function formatBudget(budget) {
  return budget.max !== undefined
    ? `≤ ${format(budget.max, budget.unit)}`
    : `≥ ${format(budget.min, budget.unit)}`
}
