// Findings: the concepts present in one message. Each occurrence of a lexicon concept is
// scoped (scope.ts); numbers are read in their units (measures.ts); and a few concepts need
// two things in the same sentence (a seizure and "for 7 minutes", a nosebleed and "for 40
// minutes"). The result says which concepts are current, which belong to an episode days or
// weeks ago, and which were only mentioned (negated, asked about...), for the follow-up check.

import { candidateParts } from './candidates';
import { matchesOf } from './lexicon';
import { durations, measuredConcepts } from './measures';
import { Message, type Scope } from './scope';
import { WordStarts } from './word-starts';

export interface Occurrence {
  concept: string;
  /** The words that matched, in the normalized text. */
  text: string;
  at: number;
  scope: Scope;
}

export interface Findings {
  /** The normalized message. */
  text: string;
  /** Concepts affirmed now (lexicon, numbers and same-sentence combinations). */
  current: ReadonlySet<string>;
  /** Concepts only found in an episode that has passed (days or weeks ago). */
  recent: ReadonlySet<string>;
  /** Concepts named in any way, whatever their scope. */
  mentioned: ReadonlySet<string>;
  occurrences: readonly Occurrence[];
}

// Also the time to get back to oneself ("back to herself within 10 mins", "recovered like normal
// within half an hour", "then sleepy for an hour") and a care plan's threshold ("no ambulance
// unless over 5 mins"): stop 53, fresh-triage-p28u jm054, p29m ke139 and p30k lc129 read a usual seizure as
// prolonged from them.
const AFTER_SLEEP =
  /\b(?:(?:slept|sleeps?|asleep|sleeping|napped|napping|nap|rested|resting)\s+(?:for\s+)?|(?:came|comes|coming) (?:round|around|to)(?: \w+)? (?:after|within|in)\s+|(?:recovered|back to normal|back to (?:herself|himself|themselves|myself|themself|her normal self|his normal self))(?: \w+){0,2} (?:after|within|in)\s+|(?:sleepy|drowsy|groggy|dozy|tired|out of it)(?: \w+)? for\s+|(?:unless|if) (?:it(?:'s| is| goes| lasts| has lasted)? (?:on )?)?(?:over|more than|longer than|past|beyond)\s+)(?:about\s+|around\s+|nearly\s+)?$/;

const SAME_SENTENCE: readonly { concepts: readonly string[]; minutes: number; adds: string }[] = [
  { concepts: ['seizure'], minutes: 5, adds: 'seizure_5min' },
  // Shaking or jerking for 5 minutes or more: a fit only with epilepsy or a collapse (rules-brain-mind.ts).
  { concepts: ['fit_motion'], minutes: 5, adds: 'fit_motion_5min' },
  {
    concepts: ['nosebleed', 'bleeding_any', 'severe_bleeding'],
    minutes: 20,
    adds: 'bleeding_20min',
  },
];

/**
 * Concepts that count together only when one sentence holds one of each group (a burn, its
 * blisters and the body areas it covers: not chickenpox blisters on the chest and back in one
 * sentence and a toast burn on a finger in another). Phase 14, helper recall review.
 */
const SAME_SENTENCE_ALL: readonly { groups: readonly (readonly string[])[]; adds: string }[] = [
  {
    groups: [
      ['burn', 'burn_event', 'hot_spill', 'burn_word_more'],
      ['blister', 'skin_blistered', 'skin_burnt_raw'],
      ['burn_areas'],
    ],
    adds: 'burn_areas_blistered',
  },
];

/** Reads a message into findings. Pure; runs on every message. */
export function findConcepts(raw: string): Findings {
  const msg = new Message(raw);
  const occurrences: Occurrence[] = [];
  const current = new Set<string>();
  const recent = new Set<string>();
  const mentioned = new Set<string>();
  // Only the patterns whose needed words are all in the message.
  const words = new WordStarts(msg.text);
  for (const { concept, part } of candidateParts(words)) {
    for (const m of matchesOf(part, words)) {
      const scope = msg.scopeOf(m.index, m[0].length, concept.kind, concept.name);
      occurrences.push({ concept: concept.name, text: m[0], at: m.index, scope });
      mentioned.add(concept.name);
      if (scope === 'current') current.add(concept.name);
      else if (scope === 'recent') recent.add(concept.name);
    }
  }
  for (const name of measuredConcepts(msg)) current.add(name);
  // An occurrence read now or recently, and whether one of `concepts` is so read in `sentence`.
  const live = (o: Occurrence) => o.scope === 'current' || o.scope === 'recent';
  const heldIn = (concepts: readonly string[], sentence: { start: number; end: number }) =>
    occurrences.some(
      (o) =>
        concepts.includes(o.concept) && o.at >= sentence.start && o.at < sentence.end && live(o),
    );
  for (const d of durations(msg)) {
    // "he slept for an hour" after a fit is recovery, not how long the fit lasted.
    if (AFTER_SLEEP.test(msg.text.slice(Math.max(0, d.at - 30), d.at))) continue;
    const sentence = msg.sentenceAt(d.at);
    for (const rule of SAME_SENTENCE) {
      if (d.minutes >= rule.minutes && heldIn(rule.concepts, sentence)) current.add(rule.adds);
    }
  }
  for (const rule of SAME_SENTENCE_ALL) {
    const [lead, ...rest] = rule.groups;
    const inOneSentence = occurrences.some((first) => {
      if (!lead!.includes(first.concept) || !live(first)) return false;
      const sentence = msg.sentenceAt(first.at);
      return rest.every((group) => heldIn(group, sentence));
    });
    if (inOneSentence) current.add(rule.adds);
  }
  for (const name of current) recent.delete(name);
  return { text: msg.text, current, recent, mentioned, occurrences };
}

/** Concepts that measures.ts and the same-sentence rules can add (for checking rule names). */
export const COMPUTED_CONCEPTS: ReadonlySet<string> = new Set([
  'temp_37_5',
  'temp_38',
  'temp_38_low',
  'sats_under_88',
  'infant_u5w_age',
  'temp_39',
  'temp_high',
  'temp_40',
  'temp_low',
  'temp_normal',
  'sats_low',
  'peak_flow_severe',
  'peak_flow_moderate',
  'sats_borderline',
  'glucose_low',
  'glucose_very_low',
  'glucose_high',
  'glucose_very_high',
  'glucose_extreme',
  'ketones_raised',
  'ketones_high',
  'ketones_low',
  'ketones_below_3',
  'infant_u3m_age',
  'infant_u6m',
  'baby_age',
  'child_age',
  'minor_age',
  'older_age',
  'adult_age',
  'pregnant_weeks',
  'preg_20w',
  'preg_early',
  'preg_preterm',
  'postpartum_days',
  'fever_3d',
  'fever_5d',
  'hr_fast',
  'hr_110',
  'hr_slow',
  'hr_low_45',
  'bp_high',
  'bp_severe',
  'bp_crisis',
  'bp_crisis_repeated',
  'bp_low',
  'bp_in_range',
  'rr_very_fast',
  'rr_fast',
  'rr_slow',
  'pills_many',
  'pills_eight',
  ...SAME_SENTENCE.map((r) => r.adds),
  ...SAME_SENTENCE_ALL.map((r) => r.adds),
]);
