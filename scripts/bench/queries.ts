/**
 * What the bench types, one character at a time: the kinds of query people type into a launcher
 * (whole titles, first words, short forms, typos, a customer at the end, word order of their own).
 */
export const TYPED_QUERIES: readonly string[] = [
  'weekly active users',
  'servr instnces',
  'dau mau',
  'nrr emea',
  'churn cohort smb',
  'pipeline coverage by region',
  'support tickets apac',
  'mrr by plan',
  'seat utilization chime',
  'acme health score',
  'batch changes single customer',
  'code insights',
  'feature adoption enterprise',
  'trial convresion',
  'nps by customer',
  'api latency',
  'arr',
  'revenue forecast q4',
  'time to resolution',
  'logo churn dach',
  'monthly recurring revenue by segment',
  'globex product usage',
  'error rate by version',
  'renewals north america',
]

/** Every prefix of every query, in typing order: one entry per keystroke. */
export function keystrokes(queries: readonly string[] = TYPED_QUERIES): string[] {
  return queries.flatMap((query) => Array.from(query, (_, i) => query.slice(0, i + 1)))
}
