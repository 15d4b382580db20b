// The messages bench:chat sends (scripts/bench-chat.ts), shared with bench:triage so that the
// triage timed in Node is the triage timed in the browser: hand-written red flags and
// questions, follow-ups, and the datasets' first patient turns cut to 40-1,500 characters,
// from a seeded generator (every run sends the same messages).
import type { Dialogue } from '../../src/lib/data/normalize.ts';
import { seededRandom } from './seeded-random.ts';

/** A new conversation every this many messages, so that histories stay realistic. */
export const PER_CONVERSATION = 8;

const HAND_WRITTEN = [
  'crushing chest pain spreading to my left arm and sweating',
  'My face is drooping on one side and my speech is slurred',
  'I took too many of my sleeping pills an hour ago',
  'My 6 week old baby has a fever of 38.5',
  'I have had a fever of 39.5 for four days',
  'Is ibuprofen ok to take with a cold?',
  'What can I do at home for a tension headache?',
  'How do I tell a cold from the flu?',
  'My child has a rash after starting amoxicillin',
  'I feel short of breath when I climb stairs, is that normal after covid?',
];
const FOLLOW_UPS = [
  'and at night?',
  'how long will it last?',
  'should I see a doctor?',
  'is it contagious?',
  'what about my kids?',
  'thanks, anything else?',
];

/** Questions of many lengths from the datasets' patient turns, red flags, and follow-ups. */
export function benchMessages(patientTurns: string[], count: number, seed = 11): string[] {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const out: string[] = [];
  while (out.length < count) {
    const r = rand();
    if (r < 0.1) out.push(pick(HAND_WRITTEN));
    else if (r < 0.25 && out.length % PER_CONVERSATION !== 0) out.push(pick(FOLLOW_UPS));
    else {
      const text = pick(patientTurns).replace(/\s+/g, ' ').trim();
      // 40 to 1,500 characters, cut at a word.
      const max = Math.floor(40 + rand() ** 2 * 1460);
      const cut = text.length <= max ? text : text.slice(0, text.lastIndexOf(' ', max) || max);
      if (cut.split(' ').length >= 3) out.push(cut);
    }
  }
  return out;
}

/** The first patient turn of every dialogue that starts with one. */
export function patientTurnsOf(dialogues: readonly Dialogue[]): string[] {
  return dialogues.filter((d) => d.turns[0]?.role === 'patient').map((d) => d.turns[0]!.text);
}
