// Triage compiles each pattern the first time a message could match it (lexicon.ts), and a
// browser compiles a regular expression again, to machine code, the second time it runs; so
// the first messages of a session would pay for compiling: up to ten times the time of a warm
// message at p95. Once the Chat is loaded, every pattern is compiled in idle slices, a few
// milliseconds each, then a few sample messages are triaged WARM_ROUNDS times, which compiles
// the expressions of normalize.ts, scope.ts and measures*.ts and lets the JIT settle on
// triage's own code; neither a message nor the page waits for any of it.
import { findConcepts } from './findings';
import { warmPatterns } from './lexicon';
import { flagsFor } from './rules';

interface IdleDeadline {
  timeRemaining(): number;
}

type Schedule = (step: (deadline: IdleDeadline) => void) => void;

/**
 * Messages that between them take every path of a triage: units, ages, durations, negation,
 * a hypothetical, a question about a condition, a cleared check, an episode days ago, a
 * third person, texting, a long message.
 */
export const WARM_MESSAGES: readonly string[] = [
  'crushing chest pain spreading to my left arm and sweating, cant breath rn',
  "my 3 month old has a temp of 101.2F and isn't feeding, no rash",
  'fever of 39.5 C for four days now, bs 320 mg/dl, ketones 2.1 mmol/L',
  'if my child has a fit what should i do? what are the signs of a stroke',
  'A&E checked him yesterday and said it was fine. he is 82 years old, bp 190/120, sats 91%',
  'I had a seizure that lasted 7 minutes last week, 34 weeks pregnant, 5 days after the birth',
  "i took 20 paracetamol an hour ago. i don't want to live anymore but i have no plan",
  'nosebleed for 40 minutes on warfarin, heart rate 130 bpm, breathing 32 a minute, glucose 2.8',
  'Hello doctor, I have been having a dull headache for a few weeks, mostly in the morning, ' +
    'and sometimes my vision goes blurry. My mother had migraines. I am 45 years old and ' +
    'otherwise well, I do not smoke and I drink a little at weekends. Should I be worried?',
];

/** requestIdleCallback where the browser has it; a short timer elsewhere (Safari, Node). */
const whenIdle: Schedule = (step) => {
  const idle = (globalThis as { requestIdleCallback?: Schedule }).requestIdleCallback;
  if (idle) idle(step);
  else setTimeout(() => step({ timeRemaining: () => 4 }), 20);
};

/**
 * How many times the sample messages are triaged after the patterns compile: the JIT needs a
 * few hundred messages before triage's own code runs at its steady speed (in Node, the first
 * 200 new messages after compiling alone cost 2-3 times the CPU time of later ones; after 40
 * rounds of these samples, the same as later ones). About 0.3 s of idle time.
 */
export const WARM_ROUNDS = 40;

/** Compiles every triage pattern in idle slices, then warms the rest; resolves when done. */
export function prepareTriage(schedule: Schedule = whenIdle): Promise<void> {
  return new Promise((resolve) => {
    let sample = 0;
    const total = WARM_MESSAGES.length * WARM_ROUNDS;
    const step = (deadline: IdleDeadline) => {
      const budget = Math.min(8, Math.max(2, deadline.timeRemaining()));
      const end = performance.now() + budget;
      if (warmPatterns(budget)) {
        // Sample messages until the slice is used up; each at least twice, so that its
        // expressions reach machine code (first run to bytecode, second to code).
        while (sample < total && performance.now() < end) {
          flagsFor(findConcepts(WARM_MESSAGES[sample % WARM_MESSAGES.length]!));
          sample++;
        }
        if (sample >= total) return resolve();
      }
      schedule(step);
    };
    schedule(step);
  });
}
