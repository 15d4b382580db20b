// The blind triage sets (test/fixtures/triage-blind/README.md), each with what its figures
// mean: written by authors who never saw the rules, each scored once and now spent. One list
// for triage:report, which prints them, and bench:triage, which times triage on them.
import BLIND_1 from '../../test/fixtures/triage-blind/blind-1.json' with { type: 'json' };
import BLIND_2 from '../../test/fixtures/triage-blind/blind-2.json' with { type: 'json' };
import BLIND_4 from '../../test/fixtures/triage-blind/blind-4.json' with { type: 'json' };
import BLIND_5 from '../../test/fixtures/triage-blind/blind-5.json' with { type: 'json' };
import BLIND_6 from '../../test/fixtures/triage-blind/blind-6.json' with { type: 'json' };
import BLIND_7 from '../../test/fixtures/triage-blind/blind-7.json' with { type: 'json' };
import BLIND_8 from '../../test/fixtures/triage-blind/blind-8.json' with { type: 'json' };
import BLIND_9 from '../../test/fixtures/triage-blind/blind-9.json' with { type: 'json' };
import BLIND_10 from '../../test/fixtures/triage-blind/blind-10.json' with { type: 'json' };
import BLIND_12 from '../../test/fixtures/triage-blind/blind-12.json' with { type: 'json' };
import BLIND_13 from '../../test/fixtures/triage-blind/blind-13.json' with { type: 'json' };
import BLIND_14 from '../../test/fixtures/triage-blind/blind-14.json' with { type: 'json' };
import BLIND_15 from '../../test/fixtures/triage-blind/blind-15.json' with { type: 'json' };
import BLIND_16 from '../../test/fixtures/triage-blind/blind-16.json' with { type: 'json' };
import BLIND_17 from '../../test/fixtures/triage-blind/blind-17.json' with { type: 'json' };
import BLIND_18 from '../../test/fixtures/triage-blind/blind-18.json' with { type: 'json' };
import BLIND_19 from '../../test/fixtures/triage-blind/blind-19.json' with { type: 'json' };
import BLIND_20 from '../../test/fixtures/triage-blind/blind-20.json' with { type: 'json' };
import BLIND_21 from '../../test/fixtures/triage-blind/blind-21.json' with { type: 'json' };
import BLIND_22 from '../../test/fixtures/triage-blind/blind-22.json' with { type: 'json' };

export interface BlindSet {
  /** Short name, e.g. "blind-6". */
  id: string;
  /** How the set was used, for the report's heading. */
  title: string;
  cases: readonly { text: string; expected: string }[];
}

// Blind set 4 was written to be tuned on (phase 5), after one untouched scoring; so was blind
// set 5, after its one scoring. Blind set 6 is phase 5's held-out set: scored before and after
// the last triage round, never tuned on. Blind set 7 was phase 6's tuning set (after one
// untouched scoring); blind set 8 is phase 6's held-out set, scored before and after its
// triage round, never tuned on; phase 7 tuned on it. Blind set 9 is phase 7's held-out set,
// scored before and after its triage round (five helpers' waves), never tuned on. The triage
// net (src/lib/safety/triage/net.ts) was trained on blind sets 1-9, so their figures include
// it; blind set 10 is phase 8's held-out set: never tuned on, never trained on (HELD_OUT in
// scripts/lib/triage-labelled.ts), scored once before and once after the net.
export const BLIND_SETS: readonly BlindSet[] = [
  { id: 'blind-1', title: 'Blind set 1 (spent: its misses were told by kind)', cases: BLIND_1 },
  { id: 'blind-2', title: 'Blind set 2 (scored once at the end of phase 3)', cases: BLIND_2 },
  {
    id: 'blind-4',
    title: 'Blind set 4 (tuning set of phase 5; first score 0.900 / 0.825 / 0.113)',
    cases: BLIND_4,
  },
  {
    id: 'blind-5',
    title: 'Blind set 5 (scored once at baf2994: 0.975 / 0.867 / 0.117; then tuned on)',
    cases: BLIND_5,
  },
  { id: 'blind-6', title: 'Blind set 6 (held-out of phase 5, never tuned on)', cases: BLIND_6 },
  {
    id: 'blind-7',
    title: 'Blind set 7 (scored once at eac7f54: 0.863 / 0.917 / 0.067; then tuned on)',
    cases: BLIND_7,
  },
  {
    id: 'blind-8',
    title: 'Blind set 8 (held-out of phase 6; tuned on in phase 7: first 0.900 / 0.917 / 0.083)',
    cases: BLIND_8,
  },
  {
    id: 'blind-9',
    title: 'Blind set 9 (held-out of phase 7, never tuned on; 0.912 / 0.900 / 0.133 before it)',
    cases: BLIND_9,
  },
  {
    id: 'blind-10',
    title:
      'Blind set 10 (held-out of phase 8, never tuned or trained on; 0.938 / 0.833 / 0.117 before it)',
    cases: BLIND_10,
  },
  {
    id: 'blind-12',
    title:
      'Blind set 12 (held-out of phase 10, scored at 26c0b48 and 8b7a50b: 0.975 / 0.967 / 0.100 both; then tuned on)',
    cases: BLIND_12,
  },
  {
    id: 'blind-13',
    title:
      'Blind set 13 (held-out of phase 10 round 2: 0.938 / 0.983 / 0.133 at 26c0b48, 0.938 / 0.983 / 0.117 after both rounds; then tuned on)',
    cases: BLIND_13,
  },
  {
    id: 'blind-14',
    title:
      'Blind set 14 (held-out of phase 10 round 3: 0.958 / 0.972 / 0.111 at 26c0b48, 0.958 / 1.000 / 0.111 after; tuned on in phase 11, never trained on)',
    cases: BLIND_14,
  },
  {
    id: 'blind-15',
    title:
      'Blind set 15 (unseen set of phase 11, never tuned or trained on: 0.975 / 0.967 / 0.050 at 3c78d98 and after p11-fa)',
    cases: BLIND_15,
  },
  {
    id: 'blind-16',
    title:
      'Blind set 16 (unseen set of phase 12: 0.975 / 0.933 / 0.117 at 2f7718a and after two rounds; then tuned on)',
    cases: BLIND_16,
  },
  {
    id: 'blind-17',
    title:
      'Blind set 17 (unseen set of phase 12: 0.925 / 0.933 / 0.050 at 2f7718a and after three rounds; then tuned on)',
    cases: BLIND_17,
  },
  {
    id: 'blind-18',
    title:
      'Blind set 18 (unseen set written at the end of phase 12, never tuned or trained on: 0.975 / 0.900 / 0.100 at 2f7718a, at 813619e and after p12-open)',
    cases: BLIND_18,
  },
  {
    id: 'blind-19',
    title:
      'Blind set 19 (unseen set of phase 13, never tuned or trained on: 0.950 / 0.917 / 0.050 at 95488aa and at the end; 0.033 while p13-sudden was merged, since reverted)',
    cases: BLIND_19,
  },
  {
    id: 'blind-20',
    title:
      'Blind set 20 (unseen set of phase 13, never tuned or trained on: 0.950 / 0.950 / 0.133 at 95488aa and after every merge of the phase)',
    cases: BLIND_20,
  },
  {
    id: 'blind-21',
    title:
      'Blind set 21 (unseen set of phase 14, never tuned or trained on: 0.988 / 0.933 / 0.067 at 8326007 and after every merge of the phase)',
    cases: BLIND_21,
  },
  {
    id: 'blind-22',
    title:
      'Blind set 22 (unseen set of phase 14, never tuned or trained on: 0.963 / 0.967 / 0.100 at 8326007 and after every merge of the phase)',
    cases: BLIND_22,
  },
];
