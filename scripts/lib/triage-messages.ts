// Every message triage is scored or timed on, by set: the development set, the fresh set,
// the blind sets, the old table, and the messages bench:chat sends. For bench:triage.
import BLIND_1 from '../../test/fixtures/triage-blind/blind-1.json' with { type: 'json' };
import BLIND_2 from '../../test/fixtures/triage-blind/blind-2.json' with { type: 'json' };
import BLIND_4 from '../../test/fixtures/triage-blind/blind-4.json' with { type: 'json' };
import BLIND_5 from '../../test/fixtures/triage-blind/blind-5.json' with { type: 'json' };
import BLIND_6 from '../../test/fixtures/triage-blind/blind-6.json' with { type: 'json' };
import { DEV_SET } from '../../test/unit/safety/dev-set/index.ts';
import FRESH from '../../test/unit/safety/fresh-set/index.ts';
import { TRIAGE_CASES } from '../../test/unit/safety/triage-table.ts';
import { generatedDialogues } from './bench-app.ts';
import { benchMessages, patientTurnsOf } from './bench-messages.ts';

export interface SetMessage {
  set: string;
  text: string;
}

/** The labelled fixtures, then bench:chat's 205 messages (warm-up included). */
export function triageMessages(): SetMessage[] {
  const sets: [string, readonly { text: string }[]][] = [
    ['dev', DEV_SET],
    ['fresh', FRESH],
    ['blind-1', BLIND_1],
    ['blind-2', BLIND_2],
    ['blind-4', BLIND_4],
    ['blind-5', BLIND_5],
    ['blind-6', BLIND_6],
    ['table', TRIAGE_CASES],
    [
      'bench-chat',
      benchMessages(patientTurnsOf(generatedDialogues().dialogues), 205).map((text) => ({ text })),
    ],
  ];
  return sets.flatMap(([set, list]) => list.map(({ text }) => ({ set, text })));
}
