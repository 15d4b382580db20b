// Every message triage is scored or timed on, by set: the development set, the fresh set,
// the blind sets, the old table, and the messages bench:chat sends. For bench:triage.
import { DEV_SET } from '../../test/unit/safety/dev-set/index.ts';
import FRESH from '../../test/unit/safety/fresh-set/index.ts';
import { TRIAGE_CASES } from '../../test/unit/safety/triage-table.ts';
import { generatedDialogues } from './bench-app.ts';
import { benchMessages, patientTurnsOf } from './bench-messages.ts';
import { BLIND_SETS } from './triage-blind-sets.ts';

export interface SetMessage {
  set: string;
  text: string;
}

/** The labelled fixtures, then bench:chat's 205 messages (warm-up included). */
export function triageMessages(): SetMessage[] {
  const sets: [string, readonly { text: string }[]][] = [
    ['dev', DEV_SET],
    ['fresh', FRESH],
    ...BLIND_SETS.map((b): [string, readonly { text: string }[]] => [b.id, b.cases]),
    ['table', TRIAGE_CASES],
    [
      'bench-chat',
      benchMessages(patientTurnsOf(generatedDialogues().dialogues), 205).map((text) => ({ text })),
    ],
  ];
  return sets.flatMap(([set, list]) => list.map(({ text }) => ({ set, text })));
}
