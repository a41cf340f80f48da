// Generates the benchmark's news documents: about 4 kB each, English, one item each, naming
// officials, organizations and operations of the curated knowledge base, with quotes.
const OFFICIALS = ['Sergey Lavrov', 'Stanislav Zas', 'Imangali Tasmagambetov'];
const ORGANIZATIONS = ['the CSTO', 'the UN', 'the Ministry of Foreign Affairs'];
const OPERATIONS = ['the Rubezh training', 'Operation Channel'];
const FILLER = [
  'Delegations met behind closed doors for most of the day and agreed to continue consultations.',
  'Officials said the schedule of the next round would be published after the consultations.',
  'The meeting followed a series of contacts at the level of deputy ministers earlier this year.',
  'Observers noted that the agenda had been expanded to include border security and logistics.',
  'The parties exchanged views on regional security, arms control and humanitarian questions.',
  'According to the press service, the talks were held in a constructive and business-like atmosphere.',
];

function pick(list, n) {
  return list[n % list.length];
}

/** The n-th document: text of about 4,000 characters and a unique external id. */
export function documentNumber(n, runId) {
  const official = pick(OFFICIALS, n);
  const organization = pick(ORGANIZATIONS, n >> 1);
  const operation = pick(OPERATIONS, n >> 2);
  const day = String(1 + (n % 28)).padStart(2, '0');
  const parts = [
    `MOSCOW, March ${day} -- ${official} said that ${organization} would hold ${operation} in the autumn, `
      + `report number ${n} of run ${runId}.`,
    `"We are ready to work with all partners on ${operation}," ${official} told reporters.`,
  ];
  let i = n;
  while (parts.join(' ').length < 3900) {
    parts.push(pick(FILLER, i++));
  }
  return {
    text: parts.join(' '),
    publishedAt: `2026-03-${day}`,
    sourceName: 'Benchmark wire',
    externalId: `bench-${runId}-${n}`,
  };
}
