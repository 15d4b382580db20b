// Lexicon, phase 25 fifty-seventh round (and the sixty-eighth: a muffled ear, a tooth socket still
// oozing; fresh-triage-p27v): the head, nerves, eyes and balance, a fourth author on
// the theme (fresh-triage-p27k.json, committed unread at 0ad7bd4, read once at 150ffee: no
// emergency missed, 3 of 80 urgent messages read routine, 16 of 120 read as 999). An ear that
// can "barely hear" since yesterday (NICE CKS "hearing loss in adults": sudden loss within 30
// days, an ENT assessment within 24 hours), told apart from a grandad who "can barely hear out of
// his left ear these days". Pattern language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const HEAD_THIRD_SIGNS: Concepts = {
  // "can barely hear out of it": read with an onset in the last day or two only.
  hearing_barely: [
    '(can |could )?(barely|hardly) (hear|here) (anything |a thing |much )?(out of|in|from|with|on) (it|that ear|that side|({poss} )?(left |right |one )?ear)',
    // "my left ear is just.. muffled" (phase 25, fresh-triage-p27v in046).
    '(ear|hearing) (is |has gone |went |all |sounds |has been ){0,2}(just)?(\\.{2,3})? ?(muffled|muffly|dull|underwater|under water)',
  ],
  // A socket still oozing blood after biting on gauze: "still oozing red after biting on gauze for
  // 30 mins twice" (phase 25, fresh-triage-p27v in076).
  socket_oozing: [
    '(still )?(oozing|seeping|leaking|dripping) (red|blood|bright red) ~8 (gauze|pad|pressure|biting)',
    '(still )?(bleeding|oozing) (after|despite) (biting|pressing|pressure) ~6 (gauze|pad|tea ?bag)',
  ],
};

/**
 * Never filtered by scope: an onset since yesterday or overnight, told with "since". A cue, so
 * that "been without since yesterday" (its negation read by the net as a quiet stretch) quiets
 * nothing.
 */
export const HEAD_THIRD_CUES: Concepts = {
  since_yesterday: [
    'since (yesterday|last night|this morning|today)( morning| afternoon| evening| night)?',
  ],
};
