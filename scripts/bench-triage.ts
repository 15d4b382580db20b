// npm run bench:triage — triage() per message in Node, over every fixture message and the
// messages bench:chat sends (scripts/lib/triage-messages.ts), warm as in the Chat: every
// pattern compiled first (warm.ts), then a few rounds over all messages before measuring.
// Prints p50 / p95 / p99 / max over every run and by message length, with the machine load.
// Issue 10 wants p95 < 2 ms in the browser (bench:chat); Node runs about 1.5-2 times faster.
//   -- --rounds N     measured rounds over all messages (default 5)
//   -- --slowest N    also list the N slowest messages (median of the rounds)
import { cpus, loadavg } from 'node:os';
import { percentile } from '../src/lib/bench/metrics.ts';
import { triage } from '../src/lib/safety/triage/index.ts';
import { warmPatterns } from '../src/lib/safety/triage/lexicon.ts';
import { triageMessages } from './lib/triage-messages.ts';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const ROUNDS = arg('rounds', 5);
const SLOWEST = arg('slowest', 0);
const WARM_ROUNDS = 3;
const BUCKETS = [0, 200, 500, 1000, Infinity];

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
const loadAtStart = load();

const messages = triageMessages();
while (!warmPatterns(1000));
for (let r = 0; r < WARM_ROUNDS; r++) for (const m of messages) triage(m.text);

const runs: number[][] = messages.map(() => []);
/** CPU time of each round over all messages, which waiting for a core does not inflate. */
const roundCpu: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const cpu = process.cpuUsage();
  messages.forEach((m, i) => {
    const t = performance.now();
    triage(m.text);
    runs[i]!.push(performance.now() - t);
  });
  const used = process.cpuUsage(cpu);
  roundCpu.push((used.user + used.system) / 1000 / messages.length);
}

const ms = (x: number) => x.toFixed(3).padStart(7);
const row = (label: string, xs: number[]) =>
  `  ${label.padEnd(22)}${String(xs.length).padStart(6)}  ${ms(percentile(xs, 50))} ${ms(percentile(xs, 95))} ${ms(percentile(xs, 99))} ${ms(Math.max(...xs))}`;
console.log(
  `bench:triage — triage() per message in Node, ${messages.length} messages x ${ROUNDS} rounds (ms, every run)`,
);
console.log(
  `  ${'messages'.padEnd(22)}${'runs'.padStart(6)}  ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)}`,
);
console.log(row('all', runs.flat()));
// On a busy machine a run may wait for a core: each message's fastest run is steadier.
console.log(
  row(
    'all, fastest of rounds',
    runs.map((xs) => Math.min(...xs)),
  ),
);
const bench = messages.flatMap((m, i) => (m.set === 'bench-chat' ? runs[i]! : []));
console.log(row('bench:chat set', bench));
for (let b = 0; b + 1 < BUCKETS.length; b++) {
  const [lo, hi] = [BUCKETS[b]!, BUCKETS[b + 1]!];
  const xs = messages.flatMap((m, i) =>
    m.text.length >= lo && m.text.length < hi ? runs[i]! : [],
  );
  const label = hi === Infinity ? `${lo}+ chars` : `${lo}-${hi - 1} chars`;
  if (xs.length) console.log(row(label, xs));
}
if (SLOWEST > 0) {
  const medians = messages.map((m, i) => ({ m, t: percentile(runs[i]!, 50) }));
  medians.sort((a, b) => b.t - a.t);
  console.log(`\n  slowest ${SLOWEST} (median of ${ROUNDS}):`);
  for (const { m, t } of medians.slice(0, SLOWEST))
    console.log(
      `  ${ms(t)}  ${String(m.text.length).padStart(5)} chars  ${m.set}: ${m.text.slice(0, 60)}`,
    );
}
console.log(
  `\n  CPU time per message, mean over a round: ${Math.min(...roundCpu).toFixed(3)} ms (best round), ${percentile(roundCpu, 50).toFixed(3)} ms (median round)`,
);
console.log(
  `Machine: ${cpus().length} cores; load average ${loadAtStart} at the start, ${load()} at the end (1 / 5 / 15 min); Node ${process.version}.`,
);
