// Triage compiles each pattern the first time a message could match it (lexicon.ts), so the
// first messages of a session pay for compiling: up to ten times the time of a warm message
// at p95. Once the Chat is loaded, the rest are compiled in idle slices, a few milliseconds
// each, so that neither a message nor the page waits for them.
import { warmPatterns } from './lexicon';

interface IdleDeadline {
  timeRemaining(): number;
}

type Schedule = (step: (deadline: IdleDeadline) => void) => void;

/** requestIdleCallback where the browser has it; a short timer elsewhere (Safari, Node). */
const whenIdle: Schedule = (step) => {
  const idle = (globalThis as { requestIdleCallback?: Schedule }).requestIdleCallback;
  if (idle) idle(step);
  else setTimeout(() => step({ timeRemaining: () => 4 }), 20);
};

/** Compiles every triage pattern in idle slices; resolves when all are ready. */
export function prepareTriage(schedule: Schedule = whenIdle): Promise<void> {
  return new Promise((resolve) => {
    const step = (deadline: IdleDeadline) => {
      const budget = Math.min(8, Math.max(2, deadline.timeRemaining()));
      if (warmPatterns(budget)) resolve();
      else schedule(step);
    };
    schedule(step);
  });
}
