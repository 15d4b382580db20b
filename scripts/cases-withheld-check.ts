// npx tsx scripts/cases-withheld-check.ts — what the crisis rule of the similar cases
// (src/lib/chat/cases-withheld.ts) lets through. Of every labelled triage message the project
// holds (development set, fresh set, blind sets, probes, the triage table) that the triage reads
// as a crisis: how many would still get similar cases, by label, each emergency one printed
// (there should be none: a message labelled emergency gets the banner and no forum stories).
// Then the judged retrieval questions: which health questions read as a crisis keep cases.
import { withholdsCases } from '../src/lib/chat/cases-withheld.ts';
import { isCrisis, triage } from '../src/lib/safety/triage/index.ts';
import { HELDOUT } from '../test/unit/safety/dev-set/index.ts';
import FRESH from '../test/unit/safety/fresh-set/index.ts';
import { loadQuestions } from './lib/retrieval-questions.ts';
import { BLIND_SETS } from './lib/triage-blind-sets.ts';
import { HELD_OUT, trainingMessages } from './lib/triage-labelled.ts';

const messages = [
  ...trainingMessages(),
  ...HELDOUT.map((c) => ({ text: c.text, label: c.expected, source: 'dev-heldout' })),
  ...FRESH.map((c) => ({ text: c.text, label: c.expected, source: 'fresh' })),
  ...BLIND_SETS.filter((s) => HELD_OUT.has(s.id)).flatMap((s) =>
    s.cases.map((c) => ({ text: c.text, label: c.expected, source: s.id })),
  ),
];
const seen = new Set<string>();
const counts = new Map<string, { crisis: number; kept: number }>();
for (const m of messages) {
  if (seen.has(m.text)) continue;
  seen.add(m.text);
  const t = triage(m.text);
  if (!isCrisis(t)) continue;
  const c = counts.get(m.label) ?? { crisis: 0, kept: 0 };
  c.crisis++;
  if (!withholdsCases(m.text, t)) {
    c.kept++;
    if (m.label === 'emergency') console.log(`KEPT ${m.source}: ${m.text}`);
  }
  counts.set(m.label, c);
}
console.log(`${seen.size} labelled triage messages; of those the triage reads as a crisis:`);
for (const [label, c] of counts) console.log(`  ${label}: ${c.kept} of ${c.crisis} keep cases`);

console.log('\nJudged retrieval questions read as a crisis:');
for (const q of loadQuestions()) {
  const t = triage(q.text);
  if (!isCrisis(t)) continue;
  const kept = !withholdsCases(q.text, t);
  if (q.kind === 'crisis' && !kept) continue;
  console.log(`  ${kept ? 'keeps' : 'no cases'}  ${q.id} (${q.kind}): ${q.text.slice(0, 110)}`);
}
const crisisKept = loadQuestions().filter(
  (q) => q.kind === 'crisis' && !withholdsCases(q.text, triage(q.text)),
);
console.log(`  crisis questions that keep cases: ${crisisKept.length}`);
