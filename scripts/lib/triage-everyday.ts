// The everyday questions of the judged retrieval sets with a triage level
// (test/fixtures/triage-everyday/README.md): what the Chat's similar-cases search gets, where a
// level above routine is a false alarm that also withholds the similar cases.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fnv1a } from '../../src/lib/text/fnv1a.ts';
import type { TriageLevel } from '../../src/lib/safety/triage/types.ts';
import { halfOf, type SetName } from './retrieval-questions.ts';

export interface EverydayQuestion {
  /** The retrieval question's id (b13, l4…). */
  id: string;
  text: string;
  expected: 'emergency' | 'urgent' | 'routine';
  /** The labeller's note on a question not routine or debatable. */
  note?: string;
}

/** The folder of the labelled everyday and fresh sets. */
export const EVERYDAY_DIR = join(
  import.meta.dirname,
  '..',
  '..',
  'test',
  'fixtures',
  'triage-everyday',
);

/** A labelled file of test/fixtures/triage-everyday; an unknown level is an error. */
export function readLabelled(file: string): readonly EverydayQuestion[] {
  const questions = JSON.parse(
    readFileSync(join(EVERYDAY_DIR, file), 'utf8'),
  ) as EverydayQuestion[];
  for (const { expected } of questions)
    if (expected !== 'emergency' && expected !== 'urgent' && expected !== 'routine')
      throw new Error(`${file}: unknown label "${expected}"`);
  return questions;
}

export const EVERYDAY: readonly EverydayQuestion[] = readLabelled('everyday-questions.json');

/**
 * The 675 everyday questions of the fifteen newer judged sets (M to E2), labelled the same way
 * in phase 17 (everyday-questions-2.json). Not in EVERYDAY: the net's experiments of phases 13
 * and 14 (triage-net-everyday.ts, triage-net-loso.ts) read the first 504 only. Phase 17's
 * rules were written from their emergency reads, so they are tuning material.
 */
export const EVERYDAY_2: readonly EverydayQuestion[] = readLabelled('everyday-questions-2.json');

/**
 * 160 first messages (120 routine, 25 urgent, 15 emergency) written for phase 17 by an author
 * who read no code, from everyday topics (fresh-everyday-p17.json): scored once after the
 * phase's first round of rules, as before it (routine or urgent read as emergency 9 of 145
 * both), then three of its false alarms were fixed (tuned on, spent).
 */
export const FRESH_EVERYDAY_P17: readonly EverydayQuestion[] =
  readLabelled('fresh-everyday-p17.json');

/**
 * 160 first messages (80 routine, 40 urgent, 40 emergency) written for phase 19 by an author
 * who read no code, hard the way real text is (typos, texting, non-native English, third
 * persons, hypotheticals, alarming words in routine questions; fresh-triage-p19.json): scored
 * once before any change (40 of 40 emergencies, 39 of 40 urgent caught; 2 routine read as
 * emergencies, 2 as urgent), then four of its misses were fixed by mechanism (tuned on, spent).
 */
export const FRESH_TRIAGE_P19: readonly EverydayQuestion[] = readLabelled('fresh-triage-p19.json');

/**
 * A second set of 160 (80 routine, 40 urgent, 40 emergency) by another author of no code,
 * leaning to indirect crisis talk and slang, babies, carers, pregnancy and high-risk medicines
 * (fresh-triage-p19b.json): scored once before its changes (3 emergencies read routine, all of
 * them suicide said in slang or as a goodbye; a newborn's fever read urgent), then fixed (spent).
 */
export const FRESH_TRIAGE_P19B: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p19b.json');

/**
 * Phase 20's two sets by two more authors of no code: fresh-triage-p20a.json (80 routine, 40
 * urgent, 40 emergency; voice-to-text, non-native English, very old people, understating men,
 * teenagers, mixed messages, less common emergencies) and fresh-triage-p20b.json (80 routine,
 * 50 urgent, 30 emergency; the line between "today" and "not today"). Each scored once against
 * 8cc34c8 and once after the everyday over-read round that was written before they were read
 * (the same figures both times; p20a missed 2 of 40 emergencies), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P20A: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p20a.json');
export const FRESH_TRIAGE_P20B: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p20b.json');

/**
 * Phase 21's first set by a fifth author of no code: hidden and social danger (drugs and
 * drink, overdoses asked about casually, domestic violence, assault, self-harm, eating
 * disorders) with look-alikes (fresh-triage-p21a.json, 80 routine, 40 urgent, 40 emergency).
 * Scored once against 8cc34c8 and once at phase 20's end (the same: 5 of 40 emergencies
 * missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P21A: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p21a.json');

/**
 * Phase 21's second set by a sixth author of no code, on message shape: one-word messages,
 * long forum posts, pasted lab results and home readings, with look-alikes
 * (fresh-triage-p21b.json, 80 routine, 40 urgent, 40 emergency). Committed unread at phase 21's
 * end and scored once against 45301f6 in phase 22 (3 of 40 emergencies missed: a flatmate's 30
 * paracetamol asked as "what do you do if", "baby lips gone bleu", sertraline saved up "and
 * there's enough now"), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P21B: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p21b.json');

/**
 * Phase 22's set by a seventh author of no code, on situations that change the answer:
 * dangerous medicine effects, after operations and procedures, outdoors and travel, chronic
 * conditions flaring, care homes and clinicians with observations, and look-alikes
 * (fresh-triage-p22a.json, 80 routine, 40 urgent, 40 emergency). Scored once at fc03b13 (1 of 40
 * emergencies missed, a leg in a fresh cast with worsening pain and cold toes; 8 of 40 urgent
 * read routine), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P22A: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p22a.json');

/**
 * Phase 22's third set by an eighth author of no code, on where the danger sits in a message:
 * long messages with the dangerous detail buried, added at the end or mentioned as an aside,
 * several questions in one, corrections and odd units, pasted discharge letters and forwarded
 * messages, and look-alikes (fresh-triage-p22b.json, 80 routine, 40 urgent, 40 emergency).
 * Scored once at b6e3b4f (4 of 40 emergencies missed: a forwarded "not feeling great, chest pain
 * for about an hour", pulmonary oedema "the nurse said that's normal for him", a husband's
 * heart attack "he says it's indigestion", a suicide plan at the end of a sleep question), then
 * fixed by mechanism in phase 23: spent.
 */
export const FRESH_TRIAGE_P22B: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p22b.json');

/**
 * Phase 23's set by a ninth author of no code, on life stages and body areas: pregnancy, birth
 * and after, babies, children and teenagers, eyes, ears, nose and throat, teeth, skin, genitals,
 * sexual health, periods and menopause, older age, people with a learning disability or dementia
 * (fresh-triage-p23a.json, 80 routine, 40 urgent, 40 emergency). Scored once at b6e3b4f and at
 * 0c38dca, the same (2 of 40 emergencies missed: a baby that "hasnt really moved since last
 * night" at 33 weeks, an urge to push with contractions 2 minutes apart), then fixed by
 * mechanism: spent.
 */
export const FRESH_TRIAGE_P23A: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p23a.json');

/**
 * Phase 23's second set by a tenth author of no code, on time and change: sudden or gradual
 * onset, how long, getting worse or better, first time or a person's usual pattern, an episode
 * over or happening now, a past event with a present consequence, medicine timings
 * (fresh-triage-p23b.json, 80 routine, 40 urgent, 40 emergency). Committed unread at phase 23's
 * end and scored once at 1e5c1a4 (8 of 120 read as emergencies, 6 of 80 routine read as urgent,
 * 2 of 80 urgent read routine, all 40 emergencies caught), then fixed by mechanism in phase 24:
 * spent.
 */
export const FRESH_TRIAGE_P23B: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p23b.json');

/**
 * Phase 24's set by an eleventh author of no code, on numbers, devices and long-term
 * conditions: home readings (blood pressure, pulse, oxygen, sugar, ketones, INR), smartwatch
 * alerts, blood results from an app or a text, catheters, stomas, feeding tubes, ICDs,
 * fistulas, pumps, and people living with heart failure, COPD, kidney disease, diabetes,
 * transplants or chemotherapy (fresh-triage-p24a.json, 80 routine, 40 urgent, 40 emergency).
 * Scored once at 1e5c1a4 and at 436dfca (3 of 40 emergencies missed at both: a pulse of 34
 * with near-faints, a meter reading HI in type 1 with thirst, a second troponin of 480 with the
 * hospital calling back), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P24A: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p24a.json');

/**
 * Phase 24's second set by a twelfth author of no code, on infections, fevers, rashes and
 * reactions: sepsis and meningitis in lay words, children's fevers by the NHS traffic-light
 * signs, urine, chest, skin and tooth infections, people at risk (pregnancy, chemotherapy, no
 * spleen, transplants), rashes, allergic reactions and antibiotics (fresh-triage-p24b.json, 80
 * routine, 40 urgent, 40 emergency). Scored once at 1e5c1a4 and at 2711217, the same (1 of 40
 * emergencies missed: a fever at 32 weeks with the baby moving less; 14 of 80 routine read as
 * urgent or above), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P24B: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p24b.json');

/**
 * Phase 24's third set by a thirteenth author of no code, on injuries, accidents and first aid:
 * falls, head bumps, cuts, burns and scalds, sprains and breaks, road and sport, bites and
 * stings, foreign bodies (fresh-triage-p24c.json, 80 routine, 40 urgent, 40 emergency). Scored
 * once at 1e5c1a4 and at 44309f5, the same (5 of 40 emergencies missed: a car rollover and a
 * helmet split in a fall from a horse, both "feel fine"; a deep, painless burn; a deep dog bite
 * to a child's face; a head injury while drunk with no memory of getting home), then fixed by
 * mechanism: spent.
 */
export const FRESH_TRIAGE_P24C: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p24c.json');

/**
 * Phase 24's fourth set by a fourteenth author of no code, on the head and the nerves:
 * headaches, dizziness and vertigo, numbness and weakness, speech and confusion, vision and
 * hearing, faces, fits and blackouts (fresh-triage-p24d.json, 80 routine, 40 urgent, 40
 * emergency). Scored once at 1e5c1a4 and at 6657684 (1 of 40 emergencies missed at both: a
 * headache that "came on in literally a second during sex" with a stiffening neck; 16 of 120
 * read as emergencies), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P24D: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p24d.json');

/**
 * Phase 24's fifth set by a fifteenth author of no code, on the belly, bowels, waterworks and
 * genitals (fresh-triage-p24e.json, 80 routine, 40 urgent, 40 emergency). Scored once at 1e5c1a4
 * and at 9a86a61, the same (3 of 40 emergencies missed: a toilet gone red with big clots and
 * shaky, fever and a racing heart 3 days after a gallbladder operation, Fournier's gangrene
 * with "a patch has gone dark"; a sexual assault in lay words read routine), then fixed by
 * mechanism: spent.
 */
export const FRESH_TRIAGE_P24E: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p24e.json');

/**
 * Phase 24's sixth set by a sixteenth author of no code, on the chest, breathing and the heart
 * in everyday words (fresh-triage-p24f.json, 80 routine, 40 urgent, 40 emergency). Scored once
 * at 1e5c1a4 and at 53cbbbd, the same (3 of 40 emergencies missed: chest pain with a GTN spray
 * "used it twice, no help", a child's silent chest "not even wheezing much anymore", a peak flow
 * of 140 against a best of 480; 24 of 80 routine read as urgent or above), then fixed by
 * mechanism: spent.
 */
export const FRESH_TRIAGE_P24F: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p24f.json');

/**
 * Phase 24's seventh set by a seventeenth author of no code, on the mind, crisis and substances
 * (fresh-triage-p24g.json, 80 routine, 40 urgent, 40 emergency). Committed unread, then scored
 * once at 1e5c1a4 and at 8e8e03b, the same (4 of 40 emergencies missed: "hes fitting on the
 * floor" after ketamine and GHB, a child locked outside at 11pm in the freezing cold, "took 24"
 * after a paracetamol question, postpartum hallucinations; 27 of 120 read as emergencies), then
 * fixed by mechanism for its emergency misses: spent.
 */
export const FRESH_TRIAGE_P24G: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p24g.json');

/**
 * Phase 24's eighth set by an eighteenth author of no code, on older people, carers and people
 * who cannot easily say what is wrong (fresh-triage-p24h.json, 80 routine, 40 urgent, 40
 * emergency). Committed unread at stop 38, then scored once at 1e5c1a4 and at 7ce5523, the
 * same (1 of 40 emergencies missed: a dementia patient's dosette box full last night and empty
 * this morning; 8 of 120 read as emergencies, among them a hearing-aid battery "finished"),
 * then fixed by mechanism in phase 25: spent.
 */
export const FRESH_TRIAGE_P24H: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p24h.json');

/**
 * Phase 25's two sets by two more authors of no code (80 routine, 40 urgent, 40 emergency
 * each): fresh-triage-p25a.json on pregnancy, birth, babies and children under five, and
 * fresh-triage-p25b.json on medicines (side effects, missed and double doses, interactions,
 * contraception, medicines abroad). Each scored once at 1e5c1a4, at 7ce5523 and after the
 * p24h round, the same every time: p25a missed 1 of 40 emergencies (a 10-month-old's sunken
 * soft spot told as "the soft place on his head is go down") and read 11 of 120 as
 * emergencies; p25b missed 4 of 40 (paracetamol every 3 hours for a day, a rigid man with a
 * temperature of 40 on a new antipsychotic injection, a child who drank a nearly full Calpol
 * bottle, a head injury on "a picks a ban") and read 10 of 120 as emergencies. Then fixed by
 * mechanism: spent.
 */
export const FRESH_TRIAGE_P25A: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25a.json');
export const FRESH_TRIAGE_P25B: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25b.json');

/**
 * Phase 25's third set by a twenty-first author of no code, on eyes, ears, nose, throat, mouth
 * and teeth, and skin, hair and nails (fresh-triage-p25c.json, 80 routine, 40 urgent, 40
 * emergency). Committed unread, then scored once at 1e5c1a4 (6/120, 10/80, 2/80, 3/40) and at
 * 7ce5523 and e37a47a, the same (5/120, 10/80, 2/80, 3 of 40 emergencies missed: a child's
 * shock from a hairpin in a plug socket, a shadow "creeping across" one eye with new floaters
 * and flashes, Stevens-Johnson syndrome two weeks into lamotrigine), then fixed by mechanism:
 * spent.
 */
export const FRESH_TRIAGE_P25C: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25c.json');

/**
 * Phase 25's fourth set by a twenty-second author of no code, on sexual and reproductive health
 * outside pregnancy (fresh-triage-p25d.json, 80 routine, 40 urgent, 40 emergency). Committed
 * unread, then scored once at 1e5c1a4, 7ce5523 and 53507bc, the same every time (4/120, 5/80,
 * 13/80, 5 of 40 emergencies missed: an 8-year-old's disclosure with bleeding, a board-hard
 * belly with a fever put down to endometriosis, an erection since 11pm in lay words, a penis
 * that cracked during sex, a ring stuck and going purple), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P25D: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25d.json');

/**
 * Phase 25's fifth set by a twenty-third author of no code, on work, sport, travel and the
 * outdoors (fresh-triage-p25e.json, 80 routine, 40 urgent, 40 emergency). Committed unread,
 * then scored once at 1e5c1a4 (10/120, 4/80, 6/80, 3/40) and at 7ce5523 and f215ec6, the same
 * (10/120, 4/80, 5/80, 3 of 40 emergencies missed: a child still coughing after going under at
 * a lake, a hit off an 11kV line with a fluttering heart, paint injected by an airless
 * sprayer), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P25E: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25e.json');

/**
 * Phase 25's sixth set by a twenty-fourth author of no code, on food, eating and drinking
 * (fresh-triage-p25f.json, 80 routine, 40 urgent, 40 emergency). Committed unread, then scored
 * once at 3c849c2 and at 496057a, the same (13/120, 8/80, 5/80, 4 of 40 emergencies missed:
 * rapid-acting insulin injected in place of the long-acting dose, two magnets swallowed told
 * to voice-to-text, blurred "snowy" sight after a home-made spirit, double vision and drooping
 * eyelids after home-canned beans), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P25F: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25f.json');

/**
 * Phase 25's seventh set by a twenty-fifth author of no code, on after surgery, hospital stays
 * and serious long-term illness (fresh-triage-p25g.json, 80 routine, 40 urgent, 40 emergency).
 * Committed unread, then scored once at 496057a and at fa76adb, the same (9/120, 7/80, 10/80, 4
 * of 40 emergencies missed: a hysterectomy wound burst open with something showing, a heart
 * transplant patient who cannot keep tablets down and collapsed, a fistula still bleeding
 * through the gauze after 20 minutes' pressure, an ileostomy gone almost black), then fixed by
 * mechanism: spent.
 */
export const FRESH_TRIAGE_P25G: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25g.json');

/**
 * Phase 25's eighth set by a twenty-sixth author of no code, on school-age children and
 * teenagers (fresh-triage-p25h.json, 80 routine, 40 urgent, 40 emergency). Committed unread,
 * then scored once at fa76adb and at bf18911, the same (10/120, 9/80, 3/80, 2 of 40 emergencies
 * missed: a wrist "bent in a funny shape", a slipped hip with the foot turned out; urgent read
 * routine: grip-mark bruises on a pupil afraid of her father, a 17-year-old who thinks about
 * being dead, a 16-year-old assaulted at a party), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P25H: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25h.json');

/**
 * Phase 25's ninth set by a twenty-seventh author of no code, on the mind and the body together
 * (fresh-triage-p25i.json, 80 routine, 40 urgent, 40 emergency). Committed unread, then scored
 * once at bf18911 and at a7ac220, the same (12/120, 7/80, 10/80, 2 of 40 emergencies missed: a
 * wife "fitting" after stopping diazepam, a diabetic sister sweaty, slurring and unresponsive
 * read as cleared because no tablets were missing), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P25I: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25i.json');

/**
 * Phase 25's tenth set by a twenty-eighth author of no code, on English as written around the
 * world (fresh-triage-p25j.json, 80 routine, 40 urgent, 40 emergency). Committed unread, then
 * scored once at a7ac220 and at 41f56c9, the same (4/120, 1/80, 3/80, 3 of 40 emergencies
 * missed: a Scots "she'll no wake up", 25 Dolo 650 tablets, a 6-week-old at 100.8F asked as
 * "is it normal"), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P25J: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25j.json');

/**
 * Phase 25's eleventh set by a twenty-ninth author of no code, on rare, time-critical conditions
 * in lay words beside their look-alikes (fresh-triage-p25k.json, 80 routine, 40 urgent, 40
 * emergency). Committed unread, then scored once at 41f56c9 and at 316fcd7, the same (13/120,
 * 7/80, 3/80, 4 of 40 emergencies missed: necrotising fasciitis past the pen line, compartment
 * syndrome in a cast and after a kick, Guillain-Barré after a tummy bug), then fixed by
 * mechanism: spent.
 */
export const FRESH_TRIAGE_P25K: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25k.json');

/**
 * Phase 25's twelfth set by a thirtieth author of no code, on colour and appearance on every skin
 * tone (fresh-triage-p25l.json, 80 routine, 40 urgent, 40 emergency). Committed unread, then
 * scored once at 316fcd7 and at 3cb71f7, the same (16/120, 24/80, 3/80, 3 of 40 emergencies
 * missed: jaundice on a baby's first day, a ring-strangled finger going numb, a diabetic toe gone
 * black with shivers), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P25L: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25l.json');

/**
 * Phase 25's thirteenth set by a thirty-first author of no code, on a health detail inside a
 * message about something else: fit notes, forms, a school's email pasted in, several questions
 * at once (fresh-triage-p25m.json, 80 routine, 40 urgent, 40 emergency). Committed unread, then
 * scored once at 3c849c2 and at 0d0241a, the same (8/120, 9/80, 4/80, 3 of 40 emergencies
 * missed: forty sertraline "of them" after a question about side effects, a peanut-allergic
 * boy's hoarse voice after a school's email, pre-eclampsia signs read as urgent), then fixed by
 * mechanism: spent.
 */
export const FRESH_TRIAGE_P25M: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25m.json');

/**
 * Phase 25's fourteenth set by a thirty-second author of no code, on someone who cannot say what
 * is wrong, told by carers, support workers and care-home staff through behaviour and change
 * from the person's usual (fresh-triage-p25n.json, 80 routine, 40 urgent, 40 emergency).
 * Committed unread, then scored once at 0d0241a (17/120, 13/80, 12/80, 5 of 40 emergencies
 * missed) and at f0482df (the same but 11/80: the round before had written a same-day rule for
 * days without a poo in someone who cannot say, and one message here was such a case). The
 * misses: a silent choke after back blows, insulin meant for another resident, a clozapine
 * patient's blocked bowel told as "BNO 6 days", a neck held after a fall with fizzy hands, a
 * NEWS2 of 8 with no fever. Then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P25N: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25n.json');

/**
 * Phase 25's fifteenth set by a thirty-third author of no code, on barriers to care: the health
 * problem told beside why the writer cannot or would rather not get help (fresh-triage-p25o.json,
 * 80 routine, 40 urgent, 40 emergency). Committed unread, then scored once at f0482df and at
 * b0535f6, the same (12/120, 7/80, 6/80, 0 of 40 emergencies missed: the first set of the phase
 * read with no emergency missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P25O: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25o.json');

/**
 * Phase 25's sixteenth set by a thirty-fourth author of no code, on what a device or an app said
 * (fresh-triage-p25p.json, 80 routine, 40 urgent, 40 emergency). Committed unread, then scored
 * once at b0535f6 and at 1313840, the same (8/120, 12/80, 12/80, 1 of 40 emergencies missed: a
 * cuff's 72/41 with grey, clammy dizziness after diarrhoea), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P25P: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25p.json');

/**
 * Phase 25's seventeenth set by a thirty-fifth author of no code, on nights out, drink and drugs
 * (fresh-triage-p25q.json, 80 routine, 40 urgent, 40 emergency). Committed unread, then scored
 * once at 1313840 and at d74fb43, the same (8/120, 6/80, 6/80, 4 of 40 emergencies missed: a
 * wrap of cocaine swallowed, a hangover's paracetamol counted up to 16-18, cheap vodka abroad
 * with snowy sight, a festival pill with hot dry skin and "stopped making sense"), then fixed by
 * mechanism: spent.
 */
export const FRESH_TRIAGE_P25Q: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25q.json');

/**
 * Phase 25's eighteenth set by a thirty-sixth author of no code, on the head, nerves and balance
 * (fresh-triage-p25r.json, 80 routine, 40 urgent, 40 emergency). Committed unread, then scored
 * once at d74fb43 (16/120, 18/80, 4/80, 1 of 40 emergencies missed: weakness climbing from the
 * feet to the thighs after a stomach bug) and at 6a10339 (15/120, the rest the same), then fixed
 * by mechanism: spent.
 */
export const FRESH_TRIAGE_P25R: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25r.json');

/**
 * Phase 25's nineteenth set by a thirty-seventh author of no code, on the belly, bowels and
 * waterworks (fresh-triage-p25s.json, 80 routine, 40 urgent, 40 emergency). Committed unread,
 * then scored once at 46c3717 and at e45bf4c, the same (5/120, 2/80, 6/80, 4 of 40 emergencies
 * missed: pain spreading after a bowel resection with a racing heart, a pad soaked every 15
 * minutes after a miscarriage, a teenager's sudden one-sided pain with vomiting and pallor, a
 * baby's groin hernia stuck out), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P25S: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25s.json');

/**
 * Phase 25's twentieth set by a thirty-eighth author of no code, on the chest, the heart and
 * breathing (fresh-triage-p25t.json, 80 routine, 40 urgent, 40 emergency). Committed unread,
 * then scored once at e45bf4c and at 16e3b38, the same (4/120, 8/80, 3/80, 3 of 40 emergencies
 * missed: chest pressure from shovelling that did not go with rest, a squeezing chest with sweat
 * for 45 minutes asked as "is it normal", a GTN spray used twice with the pain still there),
 * then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P25T: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25t.json');

/**
 * Phase 25's twenty-first set by a thirty-ninth author of no code, on skin, bites, stings, burns
 * and allergic reactions (fresh-triage-p25u.json, 80 routine, 40 urgent, 40 emergency).
 * Committed unread, then scored once at 16e3b38 and at 40e9eab, the same (3/120, 12/80, 7/80, 5
 * of 40 emergencies missed: a sting with the pen used and the wife growing sleepy and pale, a
 * 7-week-old's legs blistered by bath water, a toddler's palms blistered by straighteners,
 * shingles with confusion, vomiting and a stiff neck, blisters with mouth ulcers and red eyes on
 * lamotrigine), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P25U: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25u.json');

/**
 * Phase 25's twenty-fourth set by a forty-second author of no code, on mood, crisis and
 * self-harm (fresh-triage-p25x.json, 80 routine, 40 urgent, 40 emergency). Committed unread, then
 * scored once at 40e9eab and at 64327dd, the same (28/120, 14/80, 10/80, 8 of 40 emergencies
 * missed: overdoses played down as "nothing serious", "took every pill in the house", a question
 * "for someone" that was the writer's own, standing on the bridge "rn", a cut showing fat, a
 * loaded shotgun with a goodbye, mania at the wheel), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P25X: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25x.json');

/**
 * Phase 25's twenty-third set by a forty-first author of no code, on a poorly child under five at
 * night (fresh-triage-p25w.json, 80 routine, 40 urgent, 40 emergency). Committed unread, then
 * scored once at 0d0241a and at a5d7a04, the same (10/120, 9/80, 8/80, 4 of 40 emergencies
 * missed: 72 breaths a minute counted at 5 months, a rash still seen through a glass with a
 * fever, a weak high cry after a pharmacist's "just a virus", a toddler found with amlodipine),
 * then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P25W: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25w.json');

/**
 * Phase 25's twenty-fifth set by a forty-third author of no code, on babies and toddlers who are
 * unwell, a second set on p25w's theme (fresh-triage-p25y.json, 80 routine, 40 urgent, 40
 * emergency). Committed unread, then scored at a5d7a04 (12/120, 14/80, 4/80, 5 of 40 missed) and
 * at 6341cd4 and df60ebb after p25w's round (11/120, 13/80, 4/80, 5 of 40 emergencies missed:
 * pinprick spots that stay when the skin is stretched, a baby who opens her eyes and drifts
 * straight off again, an eye swollen shut that bulges, a swallowed coin with drooling, no wet
 * nappy for 18 hours with sunken eyes and lethargy), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P25Y: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25y.json');

/**
 * Phase 25's twenty-sixth set by a forty-fourth author of no code, a third set on babies and
 * children under five (fresh-triage-p25z.json, 80 routine, 40 urgent, 40 emergency). Committed
 * unread before p25y's round, scored at df60ebb and at 107da14 after it, the same (12/120, 9/80,
 * 8/80, 3 of 40 emergencies missed: a forearm with a clear bend after a fall, most of a bottle of
 * infant paracetamol drunk, a baby under a day old who looks properly yellow), then fixed by
 * mechanism: spent.
 */
export const FRESH_TRIAGE_P25Z: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25z.json');

/**
 * A set by a forty-seventh author of no code, on older people and those who look after them
 * (fresh-triage-p26c.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb and at 3a30fc9, the same (6/120, 3/80, 9/80, 3 of 40 emergencies missed: a week of a
 * dosette box taken in one go, a neighbour freezing to the touch who has stopped shivering, a
 * mother on the kitchen floor since the night before), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P26C: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p26c.json');

/**
 * A set by a forty-ninth author of no code, on medicines and pharmacy (fresh-triage-p26e.json, 80
 * routine, 40 urgent, 40 emergency). Committed unread, scored at df60ebb and at 5c9a733, the same
 * (9/120, 17/80, 10/80, 7 of 40 emergencies missed, the worst first reading since p25x: methadone
 * and gliclazide got at by toddlers, naloxone given, a late paracetamol overdose with jaundice,
 * an adrenal crisis on years of prednisolone, priapism after Viagra, a dosette box emptied),
 * then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P26E: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p26e.json');

/**
 * A set by a forty-eighth author of no code, on pregnancy, birth and after (fresh-triage-p26d.json,
 * 80 routine, 40 urgent, 40 emergency). Committed unread, scored at df60ebb (10/120, 5/80, 7/80, 2
 * of 40 emergencies missed) and at 502d498 (10/120, 5/80, 6/80, 2/40: jerking with foam at the
 * mouth 3 days after a birth, a pillow pictured over a baby's face by a mother who does not trust
 * herself tonight), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P26D: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p26d.json');

/**
 * A set by a fiftieth author of no code, on injuries, accidents and first aid
 * (fresh-triage-p26f.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb and at 6c0357c, the same (10/120, 12/80, 4/80, 5 of 40 emergencies missed: a cut
 * spurting with every heartbeat, a 9-month-old's big squishy lump after a fall, a drunk flatmate
 * who cannot be woken properly after a head knock, metal in the eye with the sight blurred, a
 * grandfather on the floor until his carer came), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P26F: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p26f.json');

/**
 * A set by a fifty-first author of no code, on infections, fevers and rashes in adults
 * (fresh-triage-p26g.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb and at d9b3a89, the same (5/120, 7/80, 1/80, 0 of 40 emergencies missed: a teenager at a
 * party with a lad who now has meningitis read routine), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P26G: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p26g.json');

/**
 * A set by a fifty-second author of no code, on mood, crisis and self-harm
 * (fresh-triage-p26h.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb (24/120, 13/80, 6/80, 4/40) and at cc06040 (21/120, 12/80, 6/80, 4 of 40 emergencies
 * missed: "he take many paracetamol maybe 20", a manic man on a garage roof who can fly, a
 * hammer taken to a neighbour believed to be poisoning them, a week of quetiapine at once), then
 * fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P26H: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p26h.json');

/**
 * A set by a fifty-third author of no code, on skin, bites, stings, burns and allergy
 * (fresh-triage-p26i.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb (9/120, 6/80, 3/80, 6/40) and at cc06040 (9/120, 6/80, 2/80, 5 of 40 emergencies
 * missed: hives and wheeze after a first amoxicillin, a sparkler burn from wrist to elbow at 6,
 * hot oil blistering a cheek by the eye, lips swelling again after anaphylaxis that morning, a
 * toddler's palm blistered white), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P26I: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p26i.json');

/**
 * A set by a fifty-fifth author of no code, on an ordinary week from families
 * (fresh-triage-p26k.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb and at 610fe01, the same (7/120, 9/80, 5/80, 2 of 40 emergencies missed: letters written
 * with the tablets in front, a toddler found with a grandfather's amlodipine in a forwarded
 * message), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P26K: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p26k.json');

/**
 * Phase 25's twenty-second set by a fortieth author of no code, on an ordinary week
 * (fresh-triage-p25v.json, 80 routine, 40 urgent, 40 emergency). Committed unread at 1e0f3ff,
 * scored at 0d0241a (8/120, 3/80, 2/80, 1/40), then 6/120, 2/80, 2/80, 1 of 40 emergencies missed
 * from 6341cd4 to 610fe01 (a pad soaked every hour with plum-sized clots 5 days after a birth,
 * asked as "is it normal"), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P25V: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p25v.json');

/**
 * A set by a fifty-sixth author of no code, on the belly, bowels, waterworks and genitals
 * (fresh-triage-p26l.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb (4/120, 5/80, 7/80, 4/40) and at cb09ea7 (4/120, 5/80, 6/80, 4 of 40 emergencies missed:
 * a stoma gone almost black, a kidney stone with nothing kept down, acute severe colitis, black
 * tarry stools with wobbliness on standing), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P26L: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p26l.json');

/**
 * A set by a fifty-seventh author of no code, on the chest, heart, lungs and breathing
 * (fresh-triage-p26m.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb and at cb09ea7, the same (7/120, 10/80, 4/80, 3 of 40 emergencies missed: chest
 * tightness with a sore jaw 40 minutes after the gym asked "is it normal", sudden breathlessness
 * with pain breathing in at 34 weeks, an ICD gone off 3 times in an hour), then fixed by
 * mechanism: spent.
 */
export const FRESH_TRIAGE_P26M: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p26m.json');

/**
 * A set by a fifty-eighth author of no code, on the head, nerves, senses and balance
 * (fresh-triage-p26n.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb and at da05346, the same (15/120, 9/80, 6/80, 2 of 40 emergencies missed: a lopsided
 * smile noticed 20 minutes ago asked "is it normal", a husband suddenly unable to remember today),
 * then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P26N: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p26n.json');

/**
 * A set by a fifty-ninth author of no code, on school-age children and teenagers
 * (fresh-triage-p26o.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb and at 2f791d4, the same (12/120, 4/80, 5/80, 4 of 40 emergencies missed: peritonitis
 * told as screaming when the bed is bumped, a child who went under and coughed, a knife wound
 * told as "caught", a rash that does not fade asked "is it normal"), then fixed by mechanism
 * (the last one at the start of the next session): spent.
 */
export const FRESH_TRIAGE_P26O: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p26o.json');

/**
 * A set by a sixtieth author of no code, on work, sport, travel and the outdoors
 * (fresh-triage-p26p.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb (12/120, 10/80, 6/80, 4/40) and at 71adc9d (11/120, 9/80, 6/80, 4 of 40 emergencies
 * missed: a head caught on a step on warfarin, fang marks after stepping on an adder while
 * walking the dog, stumbling and muddled at 4,800 m, a hand trapped in a conveyor roller with a
 * lot of blood), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P26P: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p26p.json');

/**
 * A set by a sixty-first author of no code, on the weeks after surgery and serious long-term
 * illness (fresh-triage-p26q.json, 80 routine, 40 urgent, 40 emergency). Committed unread,
 * scored at df60ebb and at 71adc9d, the same (10/120, 4/80, 2/80, 3 of 40 emergencies missed: a
 * gastric sleeve leak, a bile leak after a lap chole, Oramorph hidden "to finish it tonight"),
 * then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P26Q: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p26q.json');

/**
 * A set by a sixty-second author of no code, on rare, time-critical conditions beside their
 * look-alikes (fresh-triage-p26r.json, 80 routine, 40 urgent, 40 emergency). Committed unread,
 * scored at df60ebb (9/120, 6/80, 8/80, 4/40) and at 71adc9d (9/120, 5/80, 8/80, 4 of 40
 * emergencies missed, all through scope: epiglottitis after "not vaccinated,", torsion after "no
 * injury at all,", mesenteric ischaemia cleared by a phone verdict, compartment syndrome after a
 * sprain's verdict), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P26R: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p26r.json');

/**
 * A set by a sixty-third author of no code, on sexual and reproductive health outside pregnancy
 * (fresh-triage-p26s.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb and at 7018f0a, the same (2/120, 14/80, 9/80, 3 of 40 emergencies missed:
 * paraphimosis, Fournier's gangrene, torsion asked "is it normal"), then fixed by mechanism:
 * spent.
 */
export const FRESH_TRIAGE_P26S: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p26s.json');

/**
 * A set by a sixty-fourth author of no code, on food, eating and drinking (fresh-triage-p26t.json,
 * 80 routine, 40 urgent, 40 emergency). Committed unread, scored at df60ebb (8/120, 6/80, 11/80,
 * 1/40) and at 7018f0a (8/120, 6/80, 9/80, 1 of 40 emergencies missed: a swelling tongue asked
 * "is it normal" before a muffled voice), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P26T: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p26t.json');

/**
 * A set by a sixty-fifth author of no code, on nights out, drink and drugs
 * (fresh-triage-p26u.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb and at 7018f0a, the same (4/120, 4/80, 6/80, 2 of 40 emergencies missed: a mug of
 * blood vomited, a child's cannabis brownie), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P26U: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p26u.json');

/**
 * A set by a sixty-sixth author of no code, on eyes, ears, nose, throat, mouth and teeth
 * (fresh-triage-p26v.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb and at 8974747, the same (8/120, 12/80, 5/80, 2 of 40 emergencies missed: cement in an
 * eye, a CSF leak after a face injury), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P26V: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p26v.json');

/**
 * A set by a sixty-seventh author of no code, on someone who cannot say what is wrong
 * (fresh-triage-p26w.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb and at 8974747, the same (16/120, 12/80, 5/80, 1 of 40 emergencies missed: atlantoaxial
 * instability in Down syndrome; a known aphasia read as a stroke), then fixed by mechanism:
 * spent.
 */
export const FRESH_TRIAGE_P26W: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p26w.json');

/**
 * A set by a sixty-eighth author of no code, on barriers to care (fresh-triage-p26x.json, 80
 * routine, 40 urgent, 40 emergency). Committed unread, scored at df60ebb (8/120, 6/80, 4/80,
 * 0/40) and at 8974747 (8/120, 6/80, 5/80, 0 of 40 emergencies missed), then fixed by mechanism:
 * spent.
 */
export const FRESH_TRIAGE_P26X: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p26x.json');

/**
 * A set by a sixty-ninth author of no code, on the mind and the body together
 * (fresh-triage-p26y.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb (9/120, 5/80, 11/80, 3/40) and at 8af17ab (9/120, 5/80, 10/80, 3 of 40 emergencies
 * missed: catatonia, Wernicke's, a toxic lithium level "cleared" by an instruction to go in),
 * then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P26Y: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p26y.json');

/**
 * A set by a seventieth author of no code, on what a device, an app or a home test said
 * (fresh-triage-p26z.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb (9/120, 11/80, 5/80, 1/40) and at 8af17ab (10/120, 12/80, 5/80, 1 of 40 emergencies
 * missed: chest pain "cleared" by a watch's ECG), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P26Z: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p26z.json');

/**
 * A set by a seventy-first author of no code, on a health detail inside a message about something
 * else (fresh-triage-p27a.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored
 * at df60ebb and at 8af17ab, the same (9/120, 5/80, 1/80, 0 of 40 emergencies missed), then fixed
 * by mechanism: spent.
 */
export const FRESH_TRIAGE_P27A: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27a.json');

/**
 * A set by a seventy-second author of no code, on what people see on every skin tone
 * (fresh-triage-p27b.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb (14/120, 22/80, 7/80, 2/40) and at 4cb0c07 (14/120, 22/80, 8/80, 2 of 40 emergencies
 * missed: cyanosis and cold hands told on dark skin, first-day jaundice), then fixed by
 * mechanism: spent.
 */
export const FRESH_TRIAGE_P27B: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27b.json');

/**
 * A set by a seventy-fourth author of no code, on English as written around the world
 * (fresh-triage-p27d.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb and at 4cb0c07, the same (6/120, 5/80, 4/80, 2 of 40 emergencies missed: Scots
 * negation, an arm's weakness told after a question), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P27D: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27d.json');

/**
 * A set by a seventy-fifth author of no code, on newborns and babies under three months
 * (fresh-triage-p27e.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb (11/120, 13/80, 7/80, 2/40) and at b9e3d52 (10/120, 11/80, 6/80, 2 of 40 emergencies
 * missed: a fall with no cry at first, green sick told "bright green"), then fixed by mechanism:
 * spent.
 */
export const FRESH_TRIAGE_P27E: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27e.json');

/**
 * A set by a seventy-sixth author of no code, on teenagers and young adults writing about
 * themselves (fresh-triage-p27f.json, 80 routine, 40 urgent, 40 emergency). Committed unread,
 * scored at df60ebb (15/120, 13/80, 2/80, 1/40) and at 458f2f5 (14/120, 12/80, 1/80, 1 of 40
 * emergencies missed: a staggered paracetamol overdose), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P27F: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27f.json');

/**
 * A set by a seventy-seventh author of no code, on medicines and pharmacy (fresh-triage-p27g.json,
 * 80 routine, 40 urgent, 40 emergency). Committed unread, scored at df60ebb (6/120, 9/80, 4/80,
 * 1/40) and at 9fd35f1 (5/120, 7/80, 4/80, 1 of 40 emergencies missed: co-codamol and paracetamol
 * together every 4 hours for three days), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P27G: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27g.json');

/**
 * A set by a seventy-eighth author of no code, on people writing after being seen
 * (fresh-triage-p27h.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb and at 6d67ccc (the same: 4/120, 2/80, 3/80, 2 of 40 emergencies missed: a watch's 190
 * "not coming down, chest pain", a hard tummy with shoulder-tip pain after a colonoscopy), then
 * fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P27H: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27h.json');

/**
 * A set by a seventy-ninth author of no code, on the chest, heart and breathing
 * (fresh-triage-p27i.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb and at de4f3a1 (the same: 4/120, 18/80, 5/80, 2 of 40 emergencies missed: chest pain
 * back "the same as when i had my heart attack last year", croup noisy at rest with drooling),
 * then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P27I: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27i.json');

/**
 * A set by an eightieth author of no code, on mood, crisis and self-harm
 * (fresh-triage-p27j.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb and at b958a81 (the same: 22/120, 15/80, 12/80, 6 of 40 emergencies missed: the
 * warning signs told in other words), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P27J: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27j.json');

/**
 * A set by an eighty-first author of no code, on the head, nerves, eyes and balance
 * (fresh-triage-p27k.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb (16/120, 11/80, 5/80, 1/40) and at 150ffee (16/120, 11/80, 3/80, 0 of 40 emergencies
 * missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P27K: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27k.json');

/**
 * A set by an eighty-second author of no code, an ordinary week (fresh-triage-p27l.json, 80
 * routine, 40 urgent, 40 emergency). Committed unread, scored at df60ebb (7/120, 3/80, 3/80, 1/40)
 * and at 9557b8d (5/120, 2/80, 3/80, 1 of 40 emergencies missed: a diabetic who cannot be woken
 * properly), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P27L: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27l.json');

/**
 * A set by an eighty-third author of no code, on the belly, bowels, waterworks and genitals
 * (fresh-triage-p27m.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb and at 9557b8d (the same: 7/120, 8/80, 2/80, 1 of 40 emergencies missed: pain all over
 * the belly with 39 after the appendix pain eased), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P27M: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27m.json');

/**
 * A set by an eighty-fourth author of no code, on injuries and first aid (fresh-triage-p27n.json,
 * 80 routine, 40 urgent, 40 emergency). Committed unread, scored at df60ebb and at 60833bd (the
 * same: 3/120, 14/80, 3/80, 4 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P27N: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27n.json');

/**
 * A set by an eighty-fifth author of no code, on a poorly child from 3 months to 12 years
 * (fresh-triage-p27o.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb (13/120, 13/80, 1/80, 2/40) and at cfba57b (12/120, 12/80, 1/80, 2 of 40 emergencies
 * missed: quinsy, mastoiditis), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P27O: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27o.json');

/**
 * A set by an eighty-sixth author of no code, on older people and their carers
 * (fresh-triage-p27p.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb and at cfba57b (the same: 12/120, 6/80, 5/80, 2 of 40 emergencies missed: a face lower
 * on one side, a dosette box emptied), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P27P: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27p.json');

/**
 * A set by an eighty-seventh author of no code, on pregnancy, birth and after
 * (fresh-triage-p27q.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb and at cfba57b (the same: 5/120, 6/80, 4/80, 3 of 40 emergencies missed: a birth in the
 * car, a postpartum haemorrhage, fast preterm labour), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P27Q: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27q.json');

/**
 * A set by an eighty-eighth author of no code, on skin, allergy, bites, stings and burns
 * (fresh-triage-p27r.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb (11/120, 13/80, 3/80, 5/40) and at 4771b3c (9/120, 11/80, 3/80, 4 of 40 emergencies
 * missed: a sting on the tongue, a large oil burn, smoke breathed in, a toddler's burnt palm),
 * then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P27R: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27r.json');

/**
 * A set by an eighty-ninth author of no code, on infections in adults and teenagers
 * (fresh-triage-p27s.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb and at 4771b3c (the same: 3/120, 5/80, 4/80, 2 of 40 emergencies missed), then fixed by
 * mechanism: spent.
 */
export const FRESH_TRIAGE_P27S: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27s.json');

/**
 * A set by a ninetieth author of no code, an ordinary week typed in a hurry on phones
 * (fresh-triage-p27t.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb and at 4771b3c (the same: 9/120, 9/80, 2/80, 0 of 40 emergencies missed), then fixed by
 * mechanism: spent.
 */
export const FRESH_TRIAGE_P27T: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27t.json');

/**
 * A set by a ninety-first author of no code, on nights out, drink and drugs
 * (fresh-triage-p27u.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb (11/120, 5/80, 6/80, 3/40) and at 3f60cfb (12/120, 5/80, 3/80, 1 of 40 emergencies
 * missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P27U: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27u.json');

/**
 * A set by a ninety-second author of no code, on eyes, ears, nose, throat and teeth
 * (fresh-triage-p27v.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb (7/120, 8/80, 4/80, 4/40) and at 3f60cfb (7/120, 8/80, 2/80, 4 of 40 emergencies
 * missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P27V: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27v.json');

/**
 * A set by a ninety-third author of no code, on sexual and reproductive health
 * (fresh-triage-p27w.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb (12/120, 10/80, 7/80, 6/40) and at 3f60cfb (12/120, 10/80, 6/80, 5 of 40 emergencies
 * missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P27W: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27w.json');

/**
 * A set by a ninety-fourth author of no code, on someone who cannot say what is wrong
 * (fresh-triage-p27x.json, 80 routine, 40 urgent, 40 emergency). Committed unread, scored at
 * df60ebb (14/120, 8/80, 5/80, 1/40) and at 36baafb (12/120, 6/80, 5/80, 1 of 40 emergencies
 * missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P27X: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27x.json');

/**
 * A set by a ninety-fifth author of no code, on barriers to care (fresh-triage-p27y.json, 80
 * routine, 40 urgent, 40 emergency). Committed unread, scored at df60ebb and at 36baafb (the same:
 * 8/120, 7/80, 3/80, 1 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P27Y: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27y.json');

/**
 * A set by a ninety-sixth author of no code, on mood, crisis and self-harm (fresh-triage-p27z.json, 80 routine, 40 urgent, 40 emergency). Committed unread
 * in stop 46, read once at da764f3 (18/120, 8/80, 11/80, 6 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P27Z: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p27z.json');

/**
 * A set by a ninety-seventh author of no code, on skin, allergy, bites, stings and burns (fresh-triage-p28a.json, 80 routine, 40 urgent, 40 emergency). Committed unread
 * in stop 46, read once at 18627d0 (13/120, 12/80, 3/80, 3 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P28A: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p28a.json');

/**
 * A set by a ninety-eighth author of no code, on injuries, falls and first aid (fresh-triage-p28b.json, 80 routine, 40 urgent, 40 emergency). Committed unread
 * in stop 46, read once at 8552435 (11/120, 13/80, 7/80, 3 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P28B: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p28b.json');

/**
 * A set by a ninety-ninth author of no code, on an ordinary week in many Englishes (fresh-triage-p28c.json, 80 routine, 40 urgent, 40 emergency). Committed unread
 * in stop 46, read once at 2521b67 (10/120, 2/80, 1/80, no emergency missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P28C: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p28c.json');

/**
 * A set by a hundredth author of no code, on long-term conditions and their medicines (fresh-triage-p28d.json, 80 routine, 40 urgent, 40 emergency). Committed unread
 * in stop 46, read once at b14fca1 (5/120, 5/80, 2/80, no emergency missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P28D: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p28d.json');

/**
 * A set by a hundred-and-first author of no code, on sexual and reproductive health (fresh-triage-p28e.json, 80 routine, 40 urgent, 40 emergency). Committed unread
 * in stop 46, read once at ff8002c (14/120, 9/80, 5/80, 3 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P28E: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p28e.json');

/**
 * A set by a hundred-and-second author of no code, on eyes, ears, nose, throat and teeth (fresh-triage-p28f.json, 80 routine, 40 urgent, 40 emergency). Committed unread
 * in stop 46, read once at 15eacf3 (13/120, 6/80, 4/80, 4 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P28F: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p28f.json');

/**
 * A set by a hundred-and-third author of no code, on pregnancy, birth and after (fresh-triage-p28g.json, 80 routine, 40 urgent, 40 emergency). Committed unread
 * in stop 46, read once at 9e246da (12/120, 8/80, 0/80, 1 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P28G: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p28g.json');

/**
 * A set by a hundred-and-fourth author of no code, on a poorly child from 3 months to 12 years (fresh-triage-p28h.json, 80 routine, 40 urgent, 40 emergency). Committed unread
 * in stop 46, read once at 451da2f (14/120, 14/80, 3/80, no emergency missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P28H: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p28h.json');

/**
 * A set by a hundred-and-fifth author of no code, on older people and their carers (fresh-triage-p28i.json, 80 routine, 40 urgent, 40 emergency). Committed unread
 * in stop 46, read once at fcb2a9c (12/120, 9/80, 4/80, 3 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P28I: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p28i.json');

/**
 * A set by a hundred-and-sixth author of no code, on infections in adults (fresh-triage-p28j.json, 80 routine, 40 urgent, 40 emergency). Committed unread
 * in stop 46, read once at f231b9b (5/120, 5/80, 1/80, 2 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P28J: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p28j.json');

/**
 * A set by a hundred-and-seventh author of no code, on chest, heart and breathing (fresh-triage-p28k.json, 80 routine, 40 urgent, 40 emergency). Committed unread
 * in stop 46, read once at 2700624 (12/120, 12/80, 3/80, no emergency missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P28K: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p28k.json');

/**
 * A set by a hundred-and-eighth author of no code, on head, nerves, eyes and balance (fresh-triage-p28l.json, 80 routine, 40 urgent, 40 emergency). Committed unread
 * in stop 46, read once at 400b0d7 (15/120, 5/80, 2/80, 1 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P28L: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p28l.json');

/**
 * A set by a hundred-and-ninth author of no code, on mood, crisis and self-harm (a fifth set) (fresh-triage-p28m.json, 80 routine, 40 urgent, 40 emergency). Committed unread
 * in stop 46, read once at 2e90c6f (14/120, 6/80, 7/80, 3 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P28M: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p28m.json');

/**
 * A set by a hundred-and-tenth author of no code, on nights out, drink and drugs (fresh-triage-p28o.json, 80 routine, 40 urgent, 40 emergency). Committed unread
 * in stop 46, read once at 9de3e4f (14/120, 6/80, 7/80, no emergency missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P28O: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p28o.json');

/**
 * A set by a new author of no code, on teenagers and young adults (a second set on the theme) (fresh-triage-p28w.json, 80 routine, 40 urgent,
 * 40 emergency). Committed unread in stop 47 at 3f24167, read once with the triage of fdc6048 (12/120, 9/80, 4/80, 3 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P28W: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p28w.json');

/**
 * A set by a new author of no code, on the detail that decides, buried inside something else (a second set) (fresh-triage-p28v.json, 80 routine, 40 urgent,
 * 40 emergency). Committed unread in stop 47 at c949b2c, read once with the triage of fdc6048 (10/120, 1/80, 4/80, 1 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P28V: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p28v.json');

/**
 * A set by a new author of no code, on mood, crisis and self-harm (a sixth set on the theme) (fresh-triage-p28p.json, 80 routine, 40 urgent,
 * 40 emergency). Committed unread in stop 47 at a7cd05a, read once with the triage of fdc6048 (18/120, 10/80, 13/80, 4 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P28P: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p28p.json');

/**
 * A set by a new author of no code, on work, sport, travel and the outdoors (a second set) (fresh-triage-p28t.json, 80 routine, 40 urgent,
 * 40 emergency). Committed unread in stop 47 at 13a0917, read once with the triage of fdc6048 (9/120, 7/80, 5/80, 1 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P28T: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p28t.json');

/**
 * A set by a new author of no code, on rare time-critical conditions and their look-alikes (a second set) (fresh-triage-p28u.json, 80 routine, 40 urgent,
 * 40 emergency). Committed unread in stop 47 at 285d6e6, read once with the triage of fdc6048 (14/120, 9/80, 3/80, 0 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P28U: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p28u.json');

/**
 * A set by a new author of no code, on belly, bowels and waterworks (a fifth set on the theme) (fresh-triage-p28r.json, 80 routine, 40 urgent,
 * 40 emergency). Committed unread in stop 47 at 8cb4ea7, read once with the triage of fdc6048 (1/120, 7/80, 2/80, 6 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P28R: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p28r.json');

/**
 * A set by a new author of no code, on newborns and babies under 3 months (a third set) (fresh-triage-p28s.json, 80 routine, 40 urgent,
 * 40 emergency). Committed unread in stop 47 at 7caff9e, read once with the triage of fdc6048 (14/120, 15/80, 12/80, 5 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P28S: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p28s.json');

/**
 * A set by a new author of no code, on medicines and pharmacy (a fourth set) (fresh-triage-p28q.json, 80 routine, 40 urgent,
 * 40 emergency). Committed unread in stop 47 at fdc6048, read once with the triage of fdc6048 (7/120, 5/80, 2/80, 0 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P28Q: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p28q.json');

/**
 * A set by a new author of no code, on pregnancy, birth and after (a fifth set) (fresh-triage-p29b.json, 80 routine, 40 urgent,
 * 40 emergency). Committed unread in stop 47 at 79470c5, read once with the triage of 565cacc (9/120, 11/80, 5/80, 3 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P29B: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p29b.json');

/**
 * A set by a new author of no code, on sexual and reproductive health (a fifth set) (fresh-triage-p29f.json, 80 routine, 40 urgent,
 * 40 emergency). Committed unread in stop 47 at 4e7bb4f, read once with the triage of 565cacc (8/120, 11/80, 5/80, 3 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P29F: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p29f.json');

/**
 * A set by a new author of no code, on eyes, ears, nose, throat and teeth (a fifth set) (fresh-triage-p29g.json, 80 routine, 40 urgent,
 * 40 emergency). Committed unread in stop 47 at 4ed3ac5, read once with the triage of 565cacc (11/120, 6/80, 3/80, 1 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P29G: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p29g.json');

/**
 * A set by a new author of no code, on a poorly child, 3 months to 12 years (a second set) (fresh-triage-p29c.json, 80 routine, 40 urgent,
 * 40 emergency). Committed unread in stop 47 at f9686a8, read once with the triage of 565cacc (8/120, 7/80, 2/80, 3 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P29C: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p29c.json');

/**
 * A set by a new author of no code, on older people and carers (a fifth set) (fresh-triage-p29d.json, 80 routine, 40 urgent,
 * 40 emergency). Committed unread in stop 47 at 01925cf, read once with the triage of 565cacc (10/120, 10/80, 6/80, 2 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P29D: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p29d.json');

/**
 * A set by a new author of no code, on infections in adults (a fifth set) (fresh-triage-p29e.json, 80 routine, 40 urgent,
 * 40 emergency). Committed unread in stop 47 at 882b9e4, read once with the triage of 565cacc (6/120, 7/80, 5/80, 2 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P29E: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p29e.json');

/**
 * A set by a new author of no code, on long-term conditions (a fourth set) (fresh-triage-p29h.json, 80 routine, 40 urgent,
 * 40 emergency). Committed unread in stop 47 at bad2c96, read once with the triage of 44036ba (10/120, 15/80, 3/80, 2 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P29H: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p29h.json');

/**
 * A set by a new author of no code, on barriers to care (a fourth set) (fresh-triage-p29o.json, 80 routine, 40 urgent,
 * 40 emergency). Committed unread in stop 47 at f1f4a43, read once with the triage of 44036ba (9/120, 6/80, 0/80, 0 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P29O: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p29o.json');

/**
 * A set by a new author of no code, on someone who cannot say (a third set) (fresh-triage-p29i.json, 80 routine, 40 urgent,
 * 40 emergency). Committed unread in stop 47 at a0de08a, read once with the triage of 129c831 (17/120, 9/80, 1/80, 1 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P29I: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p29i.json');

/**
 * A set by a new author of no code, on what a device or a test said (a third set) (fresh-triage-p29l.json, 80 routine, 40 urgent,
 * 40 emergency). Committed unread in stop 47 at b65fd79, read once with the triage of 129c831 (10/120, 13/80, 2/80, 0 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P29L: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p29l.json');

/**
 * A set by a new author of no code, on English from around the world (a third set) (fresh-triage-p29m.json, 80 routine, 40 urgent,
 * 40 emergency). Committed unread in stop 47 at 65c0698, read once with the triage of 129c831 (12/120, 8/80, 1/80, 0 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P29M: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p29m.json');

/**
 * A set by a new author of no code, on belly, bowels, waterworks, back and joints (fresh-triage-p29n.json, 80 routine, 40 urgent,
 * 40 emergency). Committed unread in stop 47 at 361ce9b, read once with the triage of 129c831 (5/120, 5/80, 2/80, 2 of 40 emergencies missed), then fixed by mechanism: spent.
 */
export const FRESH_TRIAGE_P29N: readonly EverydayQuestion[] =
  readLabelled('fresh-triage-p29n.json');

/** The judged retrieval set a question belongs to (retrieval-questions.ts halfOf). */
export const everydayGroup = (q: EverydayQuestion): SetName => halfOf(q.id);

/**
 * The half of the everyday set a question belongs to, for tuning the rules on it: bit 16 of
 * FNV-1a over the id, as the development set splits its texts (dev-set/index.ts halfOf; the
 * low bit is only a parity of the input). The held-out half is scored, never tuned on.
 */
export const everydayHalf = (q: EverydayQuestion): 'tune' | 'held-out' =>
  (fnv1a(q.id) >>> 16) & 1 ? 'held-out' : 'tune';

/** How one reading of everyday questions went, against their labels. */
export interface EverydayTally {
  r: number;
  u: number;
  e: number;
  /** routine or urgent read as emergency */
  asEmergency: number;
  /** routine read as urgent or above */
  rAlarm: number;
  /** urgent or emergency read as routine */
  missed: number;
  /** emergency read below emergency */
  eMissed: number;
}

export const everydayTally = (): EverydayTally => ({
  r: 0,
  u: 0,
  e: 0,
  asEmergency: 0,
  rAlarm: 0,
  missed: 0,
  eMissed: 0,
});

/** Counts a question labelled `label` that was read at `level`. */
export function addEveryday(t: EverydayTally, label: string, level: TriageLevel): void {
  if (label === 'routine') t.r++;
  else if (label === 'urgent') t.u++;
  else t.e++;
  if (label !== 'emergency' && level === 'emergency') t.asEmergency++;
  if (label === 'routine' && level !== 'routine') t.rAlarm++;
  if (label !== 'routine' && level === 'routine') t.missed++;
  if (label === 'emergency' && level !== 'emergency') t.eMissed++;
}

/**
 * The four figures as "a/n" cells: routine/urgent read as emergency, routine read as urgent or
 * above, urgent/emergency read as routine, emergency missed.
 */
export const everydayCells = (t: EverydayTally): string[] => [
  `${t.asEmergency}/${t.r + t.u}`,
  `${t.rAlarm}/${t.r}`,
  `${t.missed}/${t.u + t.e}`,
  `${t.eMissed}/${t.e}`,
];
