// Scope: whether a word found in a message is about something happening to a real person now.
//
// An occurrence does not count when it is
// - negated: a cue ("no", "denies", "without", "not", "don't have") shortly before it in the
//   same clause. A clause ends at . ! ? ; : " - " and at "but", "however", "now"...; inside it
//   the scope also stops at "and", "with", "because", a comma followed by a new subject
//   ("..., i"), or after 6 words (3 for "not"/"don't"-style cues); a strong cue also reaches
//   along a comma/"or" list of short items. So "no fever, cough or chest pain" negates all
//   three, while "no fever but chest pain" does not negate the chest pain;
// - hypothetical: "if my child has a fit...", "what should I do if...", "in case";
// - asked about rather than had: "the signs of a stroke", "is cellulitis contagious", or a
//   general question in a message that names no person ("can covid cause chest pain?");
// - cleared: in or just before a sentence saying a clinician or a test found nothing;
// - history: years ago, "history of", a long-standing pattern ("for years").
// A clearance or a "nothing new" reaches its own clause and what was told before it, not a
// statement told after it ("nothing new with his meds, he just took 30 ...": scope-reach.ts).
// It counts, but as a past episode, when its clause says days or weeks ago and nothing brings
// it back to now ("since", "still", "again").
// Third person counts like first person: "my dad can't breathe" is a real patient.

import { execAll } from './exec-all';
import { listBrokenByClause } from './scope-list-clause';
import { clearanceReaches, historyReaches, toldEventAt } from './scope-reach';
import { BACK_TO_NOW, EPISODE_OVER } from './scope-episode-over';
import { episodeDatedOver } from './scope-episode-dated';
import {
  ASKING_OTHERS,
  FREE_OF_AFTER,
  FREE_OF_BEFORE,
  MAY_BE_ASKING_OTHERS,
  SELF_TOO,
} from './scope-free-of-asking';
import { normalize } from './normalize';
import {
  BENIGN_IN_SCOPE,
  CLAUSE_BREAK,
  CLEARED,
  COMPARED_WITH_PAST,
  MAY_BE_CLEARED,
  MAY_BE_NEGATED,
  CRISIS_RETURNING,
  BACK_AFTER,
  EXPERIENCER,
  FIRST_PERSON,
  HISTORY,
  NEW_SUBJECT,
  WEAK_CUE_STATEMENT,
  PSEUDO_NEGATION,
  QUESTION_START,
  RECENT_PAST,
  SCOPE_END,
  SENTENCE_END,
  STILL_NOW,
  STILL_NOW_CLAUSE,
  STRONG_CUE,
  SEGMENT_BREAK,
  TOPIC_AFTER,
  WEAK_CUE,
} from './scope-cues';
import {
  ANIMAL,
  FICTION,
  HELP_SEEKING,
  PERSON_WITH_ANIMAL,
  ANIMAL_HARMED,
  PERSON_WITH_FICTION,
} from './scope-not-a-person';
import {
  MAY_BE_THING_AGE,
  NOT_AS_ALWAYS,
  NOW_IN_CLAUSE,
  PAST_OPENER,
  RESTATEMENT,
  SAME_AS_ALWAYS,
  THING_AGE,
  TRAILING_PAST,
} from './scope-past-frame';
import {
  ONSET_TOLD_AFTER,
  OWN_AFTER,
  PERSON_NOW_AFTER,
  QUESTION_NO_MARK,
  STUDY_PURPOSE,
  STUDY_SETTING,
  STUDY_OWN_WORDS,
  STUDY_PERSON,
  STUDY_QUESTION,
} from './scope-asked-about';
import {
  ABOUT_CUES,
  FIGURATIVE_CUES,
  HYPOTHETICAL_CUES,
  TOPIC_BEFORE_CUES,
  type GuardedCue,
} from './scope-cue-lists';
import { CARE_AGAIN, PAST_DATED, RECOVERED, TRAILING_BREAK } from './scope-crisis-over';
import {
  CLEARED_ADMITTED,
  CLEARED_CHECKED,
  CLEARED_CLEAN,
  CLEARED_DIAGNOSIS,
  CARE_REFUSED,
  NAMED_CLINICIAN,
  PRONOUN_VERDICT,
  IN_CARE,
  MAY_BE_ADMITTED,
  MAY_BE_CHECKED,
  MAY_BE_CLEAN,
} from './scope-checked-clear';
import {
  AGE_THEN_NOW,
  AGE_THEN_NOW_APART,
  MAY_BE_AGE_APART,
  MAY_BE_AGE_NOW_FIRST,
  ageNowThenEnd,
  STAGE_THEN_NOW,
} from './scope-age-then-now';
import { AND_BEFORE, AND_PAST_VERB } from './scope-dated-and';
import { datedEvent, disguisedNow, happeningNow } from './scope-hypothetical-now';
import { verdictOutdated } from './scope-verdict-outdated';
import { ALL_ACCOUNTED, MAY_BE_ACCOUNTED } from './scope-ingestion-disproved';
import {
  HAD_BEFORE,
  LOOK_OUT_CUE,
  MAY_BE_LOOK_OUT,
  NOT_LIKE_BEFORE,
  PREPARING,
} from './scope-look-out';

export type Scope =
  'current' | 'recent' | 'negated' | 'hypothetical' | 'about' | 'cleared' | 'history';

/** Which filters apply to a kind of word (see lexicon.ts). */
export type ScopeKind = 'sign' | 'crisis' | 'context' | 'cue';

interface Span {
  start: number;
  end: number;
}

function spans(text: string, boundary: RegExp): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of execAll(boundary, text)) {
    const end = m.index + m[0].length;
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

function spanAt(list: readonly Span[], index: number): Span {
  return list.find((s) => index >= s.start && index < s.end) ?? { start: 0, end: Infinity };
}

/** Today's time, leading a sign in a run-on stretch (#nowBeforeHistory). */
const NOW_LEAD =
  /\b(?:now|right now|today|tonight|this (?:morning|afternoon|evening)|since (?:yesterday|last night|this morning))\b/g;
/** A past verb that would open a new statement of the past between "now" and the sign. */
const PAST_VERB_BETWEEN = /\b(?:had|was|were|did|got|went|used to|ago)\b/;

/** A word that starts a statement rather than a list item ("feel fine", "seems ok"). */
const LIST_BREAKER =
  /^(?:feel|feels|feeling|seem|seems|look|looks|am|is|are|i|he|she|it|we|they|acting|behaving|playing|eating)\b/;

/**
 * Before a clinician's verdict: a clause of its own, then "but" — the verdict is of that clause.
 * Not when the clause tells a visit or a call ("I rang 111 but they said it's fine"), which
 * reaches back to what the sentence before told.
 */
const OWN_CLAUSE_VERDICT =
  /^(?![^]*\b(?:called|call|rang|ring|phoned|phone|saw|seen|see|went|go|gone|visited|took|take|been to|spoke|spoken|asked|checked|rung|came|come|got|get)\b)\W*(?:[\w']+\W+){3,}(?:but|though|although)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+|a\s+)?$/;
/**
 * Signs seen in a person, which a count that finds no tablets missing does not disprove: "she's
 * sweaty, slurring, and now wont respond properly ... there's no tablets missing. she did her
 * insulin earlier and didnt eat" (phase 25, fresh-triage-p25i ga115: a hypo, read as cleared).
 * The count disproves the swallow, not what the person is going through.
 */
const SEEN_NOT_COUNTED: ReadonlySet<string> = new Set([
  'unresponsive',
  'barely_responsive',
  'drowsy',
  'confused',
  'speech_problem',
  'sweaty',
  'clammy',
  'seizure',
  'fit_motion',
  'breathless',
  'breathless_severe',
  'slow_breathing',
  'cyanosis',
  'collapse',
  'fainted',
  'chest_pain',
  'hallucinating',
]);
/** Cheap guards for CLEARED_DIAGNOSIS and IN_CARE. */
const MAY_BE_DIAGNOSED = /\b(?:said|says|told|thinks|reckons|diagnosed|confirmed)\b/;
const MAY_BE_IN_CARE =
  /\b(?:hospital|a&e|maternity|labour|delivery|birth|midwife|midwives|doctors?|nurses?|paramedics?|crew)\b/;

/** Every match of each cue whose guard matches `text`, list by list. */
function guardedMatches(cues: readonly GuardedCue[], text: string): RegExpExecArray[] {
  return cues.flatMap(({ guard, cue }) => (guard.test(text) ? execAll(cue, text) : []));
}

/** A clinician's naming of a harmless condition; "he says" only where a clinician was named. */
function diagnosisBy(sentence: string, before: string): RegExpExecArray | null {
  const m = CLEARED_DIAGNOSIS.exec(sentence);
  if (!m || !PRONOUN_VERDICT.test(m[0])) return m;
  return NAMED_CLINICIAN.test((before + sentence.slice(0, m.index)).replace(CARE_REFUSED, ' '))
    ? m
    : null;
}

/** How many words a text has (net.ts reads it too). */
export const words = (t: string): number => t.split(/\s+/).filter((w) => /[a-z0-9]/.test(w)).length;

/** A negation cue in a clause: where it ends, and whether it is strong ("no", "denies"). */
interface Cue {
  end: number;
  text: string;
  strong: boolean;
}

/** A normalized message, split into sentences and clauses, that answers scope questions. */
export class Message {
  readonly text: string;
  readonly #sentences: Span[];
  readonly #clauses: Span[];
  readonly #segments: Span[];
  readonly #hasExperiencer: boolean;
  /** Start of each hypothetical stretch, to the end of its sentence. */
  readonly #hypothetical: Span[] = [];
  /** Each sentence that reports a check that found nothing: its index, and where it says so. */
  readonly #clearedSentences: {
    index: number;
    at: number;
    relative: boolean;
    onlyBefore?: boolean;
  }[] = [];
  /** Idioms whose alarm words are no symptom ("couldn't breathe from laughing"), and body
   * words that name part of a thing ("the bed leg"). */
  readonly #figurative: Span[] = [];
  /** What a count disproves: before "I counted and they're all there" (scope-ingestion-disproved.ts). */
  readonly #disproved: Span[] = [];
  /** Sentences about a pet or a character, naming no person as the patient. */
  readonly #notPerson = new Set<number>();
  /** A message that asks for study, teaching or writing ("for my assignment"). */
  readonly #study: boolean;
  /** Stretches framed in the past: after "When I was 19, ...", before "..., that was years ago". */
  readonly #pastFramed: Span[] = [];
  /** End of each "signs of", "is it safe to"... cue. */
  readonly #aboutCues: number[] = [];
  // Caches: a message has few clauses and many matches.
  readonly #cues = new Map<number, { cleaned: string; cues: Cue[] }>();
  readonly #segmentTime = new Map<number, Scope | null>();
  readonly #generalQuestion = new Map<number, boolean>();
  #returning: boolean | undefined;

  constructor(raw: string) {
    this.text = normalize(raw);
    this.#sentences = spans(this.text, SENTENCE_END);
    this.#clauses = spans(this.text, CLAUSE_BREAK);
    this.#segments = spans(this.text, SEGMENT_BREAK);
    this.#hasExperiencer = EXPERIENCER.test(this.text);
    this.#study = STUDY_PURPOSE.test(this.text) || STUDY_SETTING.test(this.text);
    // Small guards first: the large cue expressions only run (and are only compiled) when a
    // message could hold what they look for.
    this.#sentences.forEach((s, i) => {
      const sentence = this.text.slice(s.start, s.end);
      const imagined = guardedMatches(HYPOTHETICAL_CUES, sentence);
      const next = imagined.length > 0 ? this.#sentences[i + 1] : undefined;
      // "What should you do if...? My flatmate has just told me she took 30": it is happening.
      if (
        !next ||
        (!happeningNow(this.text.slice(next.start, next.end)) && !disguisedNow(this.text, s.end))
      ) {
        for (const m of imagined) {
          // "what do you do if your flatmate took 30 paracetamol an hour ago": it happened.
          if (datedEvent(sentence.slice(m.index))) continue;
          // "what do I do if he wakes up, he has taken 40 of her pills": the event is told.
          const told = toldEventAt(sentence.slice(m.index));
          const end = told < 0 ? s.end : s.start + m.index + told;
          this.#hypothetical.push({ start: s.start + m.index, end });
        }
      }
      if (
        (ANIMAL.test(sentence) &&
          !PERSON_WITH_ANIMAL.test(
            sentence.replace(HELP_SEEKING, ' ').replace(ANIMAL_HARMED, ' '),
          )) ||
        (FICTION.test(sentence) && !PERSON_WITH_FICTION.test(sentence))
      ) {
        this.#notPerson.add(s.start);
      }
      // After "When I was 19, ..."; before "..., that was 2 years ago".
      if (PAST_OPENER.test(sentence)) this.#pastFramed.push(s);
      const trailing = TRAILING_PAST.exec(sentence);
      if (trailing) this.#pastFramed.push({ start: s.start, end: s.start + trailing.index + 1 });
      // "..., a febrile seizure at 2, he's 5 now": dated by an age long past.
      const aged =
        AGE_THEN_NOW.exec(sentence) ??
        (MAY_BE_AGE_APART.test(sentence)
          ? (AGE_THEN_NOW_APART.exec(sentence) ?? STAGE_THEN_NOW.exec(sentence))
          : null);
      if (aged) this.#pastFramed.push({ start: s.start, end: s.start + aged.index + 1 });
      // "My 4yo had a fit at 18 months ...": the age now first, then a younger one.
      const agedAfter = MAY_BE_AGE_NOW_FIRST.test(sentence) ? ageNowThenEnd(sentence) : -1;
      if (agedAfter > 0) this.#pastFramed.push({ start: s.start, end: s.start + agedAfter });
      const cleared =
        (MAY_BE_CLEARED.test(sentence) ? CLEARED.exec(sentence) : null) ??
        (MAY_BE_DIAGNOSED.test(sentence)
          ? diagnosisBy(
              sentence,
              this.text.slice(this.#sentences[i - 1]?.start ?? s.start, s.start),
            )
          : null) ??
        (MAY_BE_CHECKED.test(sentence) ? CLEARED_CHECKED.exec(sentence) : null) ??
        (MAY_BE_ADMITTED.test(sentence) ? CLEARED_ADMITTED.exec(sentence) : null) ??
        (MAY_BE_CLEAN.test(sentence) && MAY_BE_CLEARED.test(sentence)
          ? CLEARED_CLEAN.exec(sentence)
          : null);
      // "..., and we're already at the hospital": what its sentence named before it is seen to.
      const inCare = cleared ? null : MAY_BE_IN_CARE.test(sentence) ? IN_CARE.exec(sentence) : null;
      // "..., but I counted and they're all there": the feared swallow did not happen, in this
      // sentence before the count and in the sentence before it.
      const counted = MAY_BE_ACCOUNTED.test(sentence) ? ALL_ACCOUNTED.exec(sentence) : null;
      if (counted) {
        const from = this.#sentences[i - 1]?.start ?? s.start;
        this.#disproved.push({ start: from, end: s.start + counted.index });
      }
      if (inCare) {
        this.#clearedSentences.push({
          index: i,
          at: s.start + inCare.index,
          relative: true,
          onlyBefore: true,
        });
      }
      // A verdict from before the illness now told clears nothing (scope-verdict-outdated.ts).
      if (cleared && verdictOutdated(this.text, sentence, s.start, cleared.index)) return;
      if (cleared) {
        // "...which the doctor said was fine": it clears what its own sentence names.
        const before = sentence.slice(0, cleared.index);
        // "His ankles have been swollen for a week but the nurse said that's normal for him":
        // the verdict is of what its own sentence tells before "but", not of the sentence
        // before it ("Tonight he can't lie down ... frothy pinkish stuff", phase 23).
        const relative =
          /\b(?:which|that)\s+(?:the\s+|my\s+|our\s+|a\s+)?$/.test(before) ||
          OWN_CLAUSE_VERDICT.test(before);
        this.#clearedSentences.push({ index: i, at: s.start + cleared.index, relative });
      }
    });
    for (const m of guardedMatches(FIGURATIVE_CUES, this.text)) {
      this.#figurative.push({ start: m.index, end: m.index + m[0].length });
    }
    if (MAY_BE_THING_AGE.test(this.text)) {
      for (const m of execAll(THING_AGE, this.text)) {
        const end = m.index + m[0].length;
        this.#figurative.push({ start: end - m[1]!.length, end });
      }
    }
    for (const m of guardedMatches(
      [...ABOUT_CUES, { guard: MAY_BE_LOOK_OUT, cue: LOOK_OUT_CUE }],
      this.text,
    )) {
      this.#aboutCues.push(m.index + m[0].length);
    }
  }

  /** The sentence around a position. */
  sentenceAt(index: number): { start: number; end: number; text: string } {
    const s = spanAt(this.#sentences, index);
    return { ...s, text: this.text.slice(s.start, s.end) };
  }

  /** The text of the sentence after the one at `at` ('' at the end). */
  #nextSentence(at: number): string {
    const end = this.sentenceAt(at).end;
    return end < this.text.length ? this.sentenceAt(end).text : '';
  }

  /**
   * How an occurrence of a word at [at, at + length) counts, for a kind of word; `concept`, the
   * word's concept where known, for what a count of tablets cannot disprove.
   */
  scopeOf(at: number, length: number, kind: ScopeKind, concept?: string): Scope {
    // A cue is itself a negation or a reassurance ("no plan"): a negation before it does
    // not undo it ("life isn't worth living, no plans to act").
    if (kind === 'cue') return 'current';
    if (this.#negated(at, length)) return 'negated';
    // "alcohol-free mouthwash", "nicotine free vape liquid": the hazard is absent.
    if (FREE_OF_AFTER.test(this.text.slice(at + length, at + length + 6))) return 'negated';
    if (FREE_OF_BEFORE.test(this.text.slice(Math.max(0, at - 30), at))) return 'negated';
    if (this.#figurative.some((f) => at >= f.start && at < f.end)) return 'about';
    if (kind === 'context') return 'current';
    if (kind === 'sign' && this.#notPerson.has(spanAt(this.#sentences, at).start)) return 'about';
    if (this.#hypothetical.some((h) => at >= h.start && at < h.end)) return 'hypothetical';
    if (this.#cleared(at)) return 'cleared';
    if (!(concept && SEEN_NOT_COUNTED.has(concept)) && this.#countedOut(at)) return 'cleared';
    // A past crisis stays past unless the message says the feelings are back.
    if (kind === 'crisis') {
      // An essay question about the warning signs is not a crisis; "my friend" would be.
      if (!this.#hasExperiencer && this.#about(at, length)) return 'about';
      // Asked for study, in a question sentence that tells of no one ("what does 'passive
      // suicidal ideation' mean? writing an assignment for my nursing course"; phase 25,
      // fresh-triage-p27j ib072): the writer is in the message only as a student.
      if (this.#study && !FIRST_PERSON.test(this.sentenceAt(at).text) && this.#about(at, length)) {
        return 'about';
      }
      const before = this.text.slice(Math.max(0, at - 60), at);
      if (TOPIC_BEFORE_CUES.some((cue) => cue.test(before))) return 'about';
      // "what's the best way to ask a student directly whether they're thinking about ...":
      // a helper's question, which runs longer than a topic cue.
      const asked = this.text.slice(Math.max(0, at - 140), at);
      if (
        MAY_BE_ASKING_OTHERS.test(asked) &&
        ASKING_OTHERS.test(asked) &&
        !SELF_TOO.test(this.text.slice(at + length))
      ) {
        return 'about';
      }
      if (this.#crisisReturning) return 'current';
      return this.#time(at) === 'history' || this.#crisisOver(at) ? 'history' : 'current';
    }
    if (
      this.#about(at, length) ||
      TOPIC_AFTER.test(this.text.slice(at + length, at + length + 20))
    ) {
      return 'about';
    }
    if (this.#nowBeforeHistory(at)) return 'current';
    return this.#time(at) ?? 'current';
  }

  /** The message says the feelings are back ("again", "come back"), not care asked again. */
  get #crisisReturning(): boolean {
    return (this.#returning ??= CRISIS_RETURNING.test(
      this.text.replace(CARE_AGAIN, (m) => m.replace(/again/, '_____')),
    ));
  }

  /**
   * A crisis word in a sentence dated to the past ("back then", "in 2018", "years ago"), in a
   * clause that says nothing about now, followed by words that say the person has been well
   * since.
   */
  #crisisOver(at: number): boolean {
    // Told in that order: the episode, then well since. A crisis word after "doing better" is
    // the story of now ("doing better, been thinking about suicide the past few days").
    if (!RECOVERED.test(this.text.slice(at))) return false;
    const sentence = this.sentenceAt(at).text;
    if (!PAST_DATED.test(sentence) && !HISTORY.test(sentence)) return false;
    const clause = spanAt(this.#clauses, at);
    const from = Math.max(this.sentenceAt(at).start, clause.start - 12);
    const clauseText = this.text.slice(from, clause.end).replace(TRAILING_BREAK, '');
    return !NOW_IN_CLAUSE.test(clauseText);
  }

  /**
   * A sign told as now in a run-on stretch that names history after it: "no poo or wind for 3
   * days now my belly is massively swollen and now I'm being sick green stuff had bowel surgery
   * years ago is this a and e" (stop 52: the whole stretch was read as history, and a bowel
   * obstruction as routine). Only when "now" (or a time of today) comes before the sign in the
   * same stretch with no past verb between them, and the history words after it.
   */
  #nowBeforeHistory(at: number): boolean {
    const seg = spanAt(this.#segments, at);
    const text = this.text.slice(seg.start, seg.end);
    const rel = at - seg.start;
    const history = HISTORY.exec(text);
    if (!history || history.index <= rel) return false;
    // "now" may close the stretch before ("... and now i'm being sick").
    const from = Math.max(this.sentenceAt(at).start, at - 40);
    const lead = this.text.slice(from, at);
    const now = [...lead.matchAll(NOW_LEAD)].pop();
    if (!now) return false;
    return !PAST_VERB_BETWEEN.test(lead.slice((now.index ?? 0) + now[0].length));
  }

  /** History or a recent episode, from the time words of the stretch around a position. */
  #time(at: number): Scope | null {
    const seg = spanAt(this.#segments, at);
    let time = this.#segmentTime.get(seg.start);
    if (time === undefined) {
      const text = this.text.slice(seg.start, seg.end).replace(COMPARED_WITH_PAST, '');
      const sentence = this.sentenceAt(at).text;
      if (
        HISTORY.test(text) ||
        this.#historySentence(at) ||
        (HAD_BEFORE.test(text) && !NOT_LIKE_BEFORE.test(sentence) && PREPARING.test(this.text))
      )
        time = 'history';
      else if (RECENT_PAST.test(text) && !STILL_NOW.test(text)) time = 'recent';
      else if (EPISODE_OVER.test(sentence) && !BACK_TO_NOW.test(sentence)) time = 'recent';
      else if (episodeDatedOver(sentence, this.#nextSentence(at))) time = 'recent';
      else if (
        this.#pastFramed.some((p) => seg.start >= p.start && seg.start < p.end) &&
        // The clause word that opened this stretch ("but today ...") counts too.
        !NOW_IN_CLAUSE.test(this.text.slice(Math.max(0, seg.start - 12), seg.end))
      ) {
        time = 'history';
      } else if (
        SAME_AS_ALWAYS.test(this.sentenceAt(at).text) &&
        !NOT_AS_ALWAYS.test(this.sentenceAt(at).text)
      ) {
        time = 'history';
      } else if (RESTATEMENT.test(text) && seg.start > 0) {
        // "I had a rash with penicillin when I was 5, just a rash": the episode named again.
        const before = this.#sentences.find((x) => seg.start > x.start && seg.start < x.end);
        time = before ? this.#time(seg.start - 1) : null;
      } else if (
        // "... eight years ago and took an overdose": the dated clause goes on (scope-dated-and.ts).
        seg.start > 0 &&
        AND_BEFORE.test(this.text.slice(Math.max(0, seg.start - 6), seg.start)) &&
        AND_PAST_VERB.test(text) &&
        !NOW_IN_CLAUSE.test(text.replace(AND_PAST_VERB, ' ')) &&
        this.#sameSentence(seg.start - 1, at) &&
        this.#time(seg.start - 5) === 'history'
      ) {
        time = 'history';
      } else time = null;
      this.#segmentTime.set(seg.start, time);
    }
    return time;
  }

  /** A long-standing pattern said of the sentence ("nothing new"), up to the word's stretch. */
  #historySentence(at: number): boolean {
    const sentence = this.sentenceAt(at);
    return historyReaches(sentence.text, spanAt(this.#segments, at).start - sentence.start);
  }

  /** Whether two positions are in one sentence. */
  #sameSentence(a: number, b: number): boolean {
    return spanAt(this.#sentences, a).start === spanAt(this.#sentences, b).start;
  }

  #clauseText(at: number): string {
    const c = spanAt(this.#clauses, at);
    return this.text.slice(c.start, c.end);
  }

  /** The clause's text with pseudo-negations blanked, and its negation cues (cached). */
  #clauseCues(clause: Span): { cleaned: string; cues: Cue[] } {
    let entry = this.#cues.get(clause.start);
    if (!entry) {
      const text = this.text.slice(clause.start, clause.end);
      const cleaned = MAY_BE_NEGATED.test(text)
        ? text.replace(PSEUDO_NEGATION, (p) => '_'.repeat(p.length))
        : text;
      const cues: Cue[] = [];
      for (const m of execAll(STRONG_CUE, cleaned)) {
        cues.push({ end: m.index + m[0].length, text: m[0], strong: true });
      }
      for (const m of execAll(WEAK_CUE, cleaned)) {
        cues.push({ end: m.index + m[0].length, text: m[0], strong: false });
      }
      cues.sort((a, b) => a.end - b.end || Number(a.strong) - Number(b.strong));
      entry = { cleaned, cues };
      this.#cues.set(clause.start, entry);
    }
    return entry;
  }

  #negated(at: number, length: number): boolean {
    const clause = spanAt(this.#clauses, at);
    const { cleaned, cues } = this.#clauseCues(clause);
    const offset = at - clause.start;
    let cue: Cue | undefined;
    for (const c of cues) if (c.end <= offset) cue = c;
    if (!cue) return false;
    // "never had chest pain like this" says the pain is here now.
    if (cue.text.startsWith('never')) {
      const after = this.text.slice(at + length, clause.end);
      if (
        /^[^,]{0,40}\b(?:like (?:this|that|it)|this (?:bad|severe|strong|painful))\b/.test(after)
      ) {
        return false;
      }
    }
    const raw = cleaned.slice(cue.end, offset);
    if (NEW_SUBJECT.test(raw)) return false;
    // "can't stand without holding on, vomiting": "without" and a verb is a manner, not a
    // list of what is absent (stop 50, fresh-triage-p30j lb056).
    if (cue.text === 'without' && /^\s*\w+ing\b[^,]*,/.test(raw)) return false;
    if (!cue.strong && WEAK_CUE_STATEMENT.test(raw)) return false;
    // "no headache or sickness, feel fine": a list item that is a statement is not negated.
    if (/,\s*$/.test(raw) && LIST_BREAKER.test(this.text.slice(at, at + length))) return false;
    const scope = raw.replace(BENIGN_IN_SCOPE, (p) => p.replace(/[a-z']/g, 'x'));
    if (SCOPE_END.test(scope)) return false;
    // "coughing up blood, not streaks, proper mouthfuls": a comma and a word of contrast end what
    // the cue denies (stop 50, fresh-triage-p29w ko120).
    if (
      /,\s*(?:but\s+)?(?:proper|actual|actually|real|more like|full|whole|huge|massive)\b/.test(raw)
    )
      return false;
    const inReach =
      words(scope) <= (cue.strong ? 6 : 3) ||
      // A strong cue reaches along a list: "no fever, cough, sore throat, body aches or rash".
      (cue.strong &&
        words(scope) <= 20 &&
        scope.split(/,|\bor\b|\bnor\b/).every((item) => words(item) <= 4));
    if (!inReach || !raw.includes(',')) return inReach;
    // "no appetite, been sick 3 times": a comma item with its own verb ends the list.
    const comma = cleaned.indexOf(',', offset + length);
    const itemEnd = comma < 0 ? cleaned.length : comma;
    return !listBrokenByClause(raw, cleaned.slice(offset, itemEnd), cleaned.slice(itemEnd));
  }

  #cleared(at: number): boolean {
    if (this.#clearedSentences.length === 0) return false;
    const index = this.#sentences.findIndex((s) => at >= s.start && at < s.end);
    // A symptom brought back to now in its own clause ("but now he's worse") stays.
    if (STILL_NOW_CLAUSE.test(this.#clauseText(at))) return false;
    return this.#clearedSentences.some(
      (c) =>
        (c.index === index + 1 && !c.relative) ||
        // Later in the same sentence, after "but", "now", "since": something new.
        (c.index === index &&
          (c.onlyBefore
            ? at < c.at
            : at < c.at ||
              (!BACK_AFTER.test(this.text.slice(c.at, at)) &&
                clearanceReaches(this.text.slice(c.at, at + 60), at - c.at)))),
    );
  }

  /** Before a count that found nothing missing, in a clause that does not say it is now. */
  #countedOut(at: number): boolean {
    const span = this.#disproved.find((d) => at >= d.start && at < d.end);
    if (!span) return false;
    const clause = spanAt(this.#clauses, at);
    return !STILL_NOW_CLAUSE.test(this.text.slice(clause.start, Math.min(clause.end, span.end)));
  }

  #about(at: number, length: number): boolean {
    // "What causes chest pain? Mine is crushing": asked about, and had.
    if (OWN_AFTER.test(this.text.slice(at + length, at + length + 40))) return false;
    // "Is it normal for ...? It came on suddenly an hour ago": asked about, and happening.
    const after = this.text.slice(at + length, at + length + 240);
    if (ONSET_TOLD_AFTER.test(after) || PERSON_NOW_AFTER.test(after)) return false;
    const sentence = spanAt(this.#sentences, at);
    const from = Math.max(sentence.start, at - 60);
    for (const end of this.#aboutCues) {
      // A cue may end inside the match: "how do I use an epipen" matches "use an epipen".
      if (end < from || end >= at + length) continue;
      if (end > at) return true;
      const between = this.text.slice(end, at);
      if (
        words(between) <= 5 &&
        // A clause of the writer's own after it ends the topic: "a referral for therapy, but
        // anyway I took the rest of the tablets" (stop 50, fresh-triage-p30i la081).
        !/(?:[,;]|\b(?:but|anyway)\b)\s*(?:(?:but|so|anyway|though|tho|then|well)\s+){0,2}(?:i|i'm|my|mine|me|he|she|he's|she's|his|her|hers)\b/.test(
          between,
        )
      )
        return true;
    }
    if (this.#hasExperiencer && !this.#study) return false;
    // Asked for study, a question sentence that tells of someone ("revising for my exams, is it
    // normal for my chest to feel this tight?") is not a textbook question (stop 51).
    if (
      this.#hasExperiencer &&
      STUDY_PERSON.test(this.sentenceAt(at).text.replace(STUDY_OWN_WORDS, ' '))
    )
      return false;
    let general = this.#generalQuestion.get(sentence.start);
    if (general === undefined) {
      const text = this.text.slice(sentence.start, sentence.end).trim();
      general =
        (text.endsWith('?') && QUESTION_START.test(text)) ||
        QUESTION_NO_MARK.test(text) ||
        (this.#study && STUDY_QUESTION.test(text));
      this.#generalQuestion.set(sentence.start, general);
    }
    return general;
  }
}
