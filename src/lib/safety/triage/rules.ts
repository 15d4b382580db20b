// Rules: combinations of concepts that raise flags. The rules themselves are data, written in
// expression.ts's small language and grouped by domain in rules-*.ts; this file derives a few
// concepts every domain uses (a fever, a child, pregnant...), applies the rules and decides the
// final list of flags:
// - an episode days or weeks ago that would have been an emergency becomes one urgent
//   "earlier-warning-sign" flag, unless a sign the rule reads is still present now;
// - within a domain, an emergency flag supersedes the urgent ones;
// - flags are listed most serious first, then in the order of flags.ts.

import { parseExpression, type Expression } from './expression';
import { COMPUTED_CONCEPTS, type Findings } from './findings';
import { FLAG_ORDER, TRIAGE_FLAGS, type FlagDef } from './flags';
import { LEXICON, LEXICON_NAMES } from './lexicon';
import { BELLY_CHILD_RULES } from './rules-belly-child';
import { BODY_RULES } from './rules-body';
import { BLIND_KIND_RULES } from './rules-blind-kinds';
import { BRAIN_MIND_RULES } from './rules-brain-mind';
import { GP_TODAY_RULES } from './rules-gp-today';
import { HEART_LUNG_RULES } from './rules-heart-lungs';
import { MORE_RULES } from './rules-more';
import { SAME_DAY_RULES } from './rules-same-day';
import { WAVE9B_RULES } from './rules-wave9-b';
import { WAVE9A_RULES } from './rules-wave9-a';
import { WAVE9E_RULES } from './rules-wave9-e';
import { WAVE10_RULES } from './rules-wave10';
import { WAVE11_RULES } from './rules-wave11';
import { WAVE12_RULES } from './rules-wave12';
import { WAVE13_RULES } from './rules-wave13';
import { BLIND17_RULES } from './rules-blind17';
import { WAVE9D_RULES } from './rules-wave9-d';
import { FOOD_RULES } from './rules-food';
import { AFTER_CARE_RULES } from './rules-after-care';
import { YOUNG_PEOPLE_RULES } from './rules-young-people';
import { MIND_BODY_RULES } from './rules-mind-body';
import { TIME_CRITICAL_RULES } from './rules-time-critical';
import { APPEARANCE_RULES } from './rules-appearance';
import { ASIDE_RULES } from './rules-aside';
import { CANT_SAY_RULES } from './rules-cant-say';
import { BARRIERS_RULES } from './rules-barriers';
import { DEVICES_RULES } from './rules-devices';
import { NIGHTS_OUT_RULES } from './rules-nights-out';
import { HEAD_NERVES_RULES } from './rules-head-nerves';
import { BELLY_MORE_RULES } from './rules-belly-more';
import { CHEST_BREATH_RULES } from './rules-chest-breath';
import { SKIN_MORE_RULES } from './rules-skin-more';
import { CRISIS_MORE_RULES } from './rules-crisis-more';
import { LITTLE_ONES_RULES } from './rules-little-ones';
import { BABIES_TODDLERS_RULES } from './rules-babies-toddlers';
import { UNDER_FIVES_RULES } from './rules-under-fives';
import { OLDER_CARERS_RULES } from './rules-older-carers';
import { MEDICINES_MORE_RULES } from './rules-medicines-more';
import { MEDICINES_THIRD_RULES } from './rules-medicines-third';
import { AFTER_SEEN_RULES } from './rules-after-seen';
import { CRISIS_THIRD_RULES } from './rules-crisis-third';
import { CRISIS_FIFTH_RULES, CRISIS_FOURTH_RULES } from './rules-crisis-fourth';
import { CRISIS_SIXTH_RULES } from './rules-crisis-sixth';
import { BELLY_FIFTH_RULES } from './rules-belly-fifth';
import { ASIDE_SECOND_RULES } from './rules-aside-second';
import { PREGNANCY_FIFTH_RULES } from './rules-pregnancy-fifth';
import { SEXUAL_FIFTH_RULES } from './rules-sexual-fifth';
import { CHILD_SENSES_FIFTH_RULES } from './rules-child-senses-fifth';
import { OLDER_INFECTIONS_FIFTH_RULES } from './rules-older-infections-fifth';
import { LONG_TERM_THIRD_RULES } from './rules-long-term-third';
import { WEEK_FOURTH_RULES } from './rules-week-fourth';
import { MEDICINES_FOURTH_RULES } from './rules-medicines-fourth';
import { WORK_OUTDOORS_SECOND_RULES } from './rules-work-outdoors-second';
import { YOUNG_PEOPLE_SECOND_RULES } from './rules-young-people-second';
import { NEWBORNS_THIRD_RULES } from './rules-newborns-third';
import { SKIN_FOURTH_RULES } from './rules-skin-fourth';
import { INJURIES_FOURTH_RULES } from './rules-injuries-fourth';
import { SEXUAL_FOURTH_RULES } from './rules-sexual-fourth';
import { SENSES_FOURTH_RULES } from './rules-senses-fourth';
import { CHILD_FOURTH_RULES } from './rules-child-fourth';
import { INFECTIONS_FOURTH_RULES } from './rules-infections-fourth';
import { OLDER_FOURTH_RULES } from './rules-older-fourth';
import { HEAD_FOURTH_RULES } from './rules-head-fourth';
import { CHEST_FOURTH_RULES } from './rules-chest-fourth';
import { NIGHTS_FOURTH_RULES } from './rules-nights-fourth';
import { CHEST_THIRD_RULES } from './rules-chest-third';
import { HEAD_THIRD_RULES } from './rules-head-third';
import { INJURIES_THIRD_RULES } from './rules-injuries-third';
import { BELLY_THIRD_RULES } from './rules-belly-third';
import { WEEK_THIRD_RULES } from './rules-week-third';
import { PREGNANCY_THIRD_RULES } from './rules-pregnancy-third';
import { OLDER_THIRD_RULES } from './rules-older-third';
import { CHILD_THIRD_RULES } from './rules-child-third';
import { SKIN_THIRD_RULES } from './rules-skin-third';
import { INFECTIONS_THIRD_RULES } from './rules-infections-third';
import { SEXUAL_THIRD_RULES } from './rules-sexual-third';
import { NIGHTS_THIRD_RULES } from './rules-nights-third';
import { PREGNANCY_MORE_RULES } from './rules-pregnancy-more';
import { INJURIES_MORE_RULES } from './rules-injuries-more';
import { CRISIS_SECOND_RULES } from './rules-crisis-second';
import { SKIN_SECOND_RULES } from './rules-skin-second';
import { FAMILIES_RULES } from './rules-families';
import { BELLY_SECOND_RULES } from './rules-belly-second';
import { CHEST_SECOND_RULES } from './rules-chest-second';
import { HEAD_SECOND_RULES } from './rules-head-second';
import { SCHOOL_AGE_RULES } from './rules-school-age';
import { WORK_OUTDOORS_RULES } from './rules-work-outdoors';
import { TIME_CRITICAL_SECOND_RULES } from './rules-time-critical-second';
import { TIME_CRITICAL_THIRD_RULES } from './rules-time-critical-third';
import { TIME_CRITICAL_FOURTH_RULES } from './rules-time-critical-fourth';
import { SAME_DAY_THIRD_RULES } from './rules-same-day-third';
import { SAME_DAY_SECOND_RULES } from './rules-same-day-second';
import { SEXUAL_SECOND_RULES } from './rules-sexual-second';
import { FOOD_SECOND_RULES } from './rules-food-second';
import { NIGHTS_SECOND_RULES } from './rules-nights-second';
import { SENSES_SECOND_RULES } from './rules-senses-second';
import { CANT_SAY_SECOND_RULES } from './rules-cant-say-second';
import { BARRIERS_SECOND_RULES } from './rules-barriers-second';
import { MIND_BODY_SECOND_RULES } from './rules-mind-body-second';
import { DEVICES_SECOND_RULES } from './rules-devices-second';
import { APPEARANCE_SECOND_RULES } from './rules-appearance-second';
import { ENGLISHES_SECOND_RULES } from './rules-englishes-second';
import { NEWBORNS_SECOND_RULES } from './rules-newborns-second';
import type { RuleSource } from './rule-types';
import { WAVE9_C_RULES } from './rules-wave9-c';
import { LEVEL_RANK } from './types';

/** Concepts derived from others, in order (later ones may read earlier ones). */
const DERIVED_SOURCES: readonly RuleSource[] = [
  ['fever', 'temp_38 | temp_bare_high & !fever_gone | fever_word & !temp_normal & !fever_gone'],
  ['infant_u3m', 'infant_u3m_age | newborn'],
  ['baby', 'baby_age | infant_u3m | baby_word & !adult_age & !pregnant_word & !pregnant_weeks'],
  ['child', 'child_age | baby | child_word & !adult_age'],
  ['older', 'older_age | older_word'],
  ['pregnant', 'pregnant_weeks | pregnant_word'],
  ['postpartum', 'postpartum_days | postpartum_word'],
  // A child sleepier than usual who wakes and responds (phase 22): amber, for today, not the
  // red drowsiness the emergency rules read; not with any sign that they do not stay awake.
  // "Not interested in playing" beside it is amber too (NICE NG143: decreased activity, not
  // responding normally to social cues), so it does not undo the waking (phase 25). So is a
  // child who "only stays awake if we keep talking to her" (NICE NG143: wakes only with
  // prolonged stimulation, amber; phase 25, fresh-triage-p25y).
  [
    'drowsy_roused',
    '(wakes_responsive | perked_up | wakes_only_stimulated) & (child | baby) & !(floppy | unresponsive | barely_wakeable | cant_stay_awake | confused | mottled | cyanosis)',
  ],
  [
    'infection',
    'fever | rigors | infection_words | temp_low | spreading_redness | abscess | wound_infected | uti_symptoms',
  ],
  [
    'sepsis_sign',
    'confused & !confusion_subacute | drowsy & !drowsy_roused | unresponsive | mottled | cyanosis | rigors_severe | doom | (breathing_fast | rr_fast) & !child | hr_fast | bp_low | bp_low_word | fainted & !febrile_fit | near_faint & very_unwell | speech_problem | palpitations & (dizzy | near_faint)',
  ],
  // "I think I'm dehydrated" on its own is not a sign; said of a child, an older person or
  // with sickness, diarrhoea, dizziness or drowsiness it is.
  [
    'dehydration',
    'dehydration_sign | dehydrated_word & (child | baby | older | pregnant | vomiting | diarrhoea | dizzy | near_faint | drowsy | confused | weak_new | not_eating_drinking | very_unwell | fever)',
  ],
  // One extra dose of a common medicine taken by mistake, in an adult who says they feel fine
  // (NHS: for most medicines one extra dose is unlikely to harm; ask a pharmacist). Not a blood
  // thinner, insulin, a strong painkiller, a sedative or any narrow-margin medicine; not a
  // child; not a slip repeated over days or of the whole round of tablets; not with any
  // symptom; not a count of many tablets.
  [
    'minor_slip',
    'single_extra_dose & (feels_fine | no_symptoms_said | back_to_normal) & !slip_repeated & !whole_round & !narrow_drug & !high_risk_drug & !anticoagulant & !opioid & !slip_risky_drug & !child & !baby & !pregnant & !overdose & !tablets_many_day & !(drowsy | confused | unresponsive | vomiting | dizzy | near_faint | fainted | palpitations | shaky | breathless)',
  ],
  // Panic attacks told as a pattern with nothing a panic attack does not explain (phase 17):
  // their racing heart and "can't breathe" are the attack's own (rules-heart-lungs.ts).
  [
    'panic_pattern',
    'panic_recurrent & !(cyanosis | collapse | unresponsive | stridor | lip_face_swelling | allergen_trigger | wheeze | chest_pain | fainted)',
  ],
  // A flat blotchy rash days into a course of antibiotics, not itchy, with no hives, swelling,
  // blisters, breathing trouble or fever (NICE CG183: a non-urgent rash, the GP records the allergy;
  // stop 50, fresh-triage-p30h kz002 and p30b kt053, two authors of no code).
  [
    'mild_antibiotic_rash',
    'on_antibiotics & blotchy_rash & !(rash_itchy | itchy_all | hives | lip_face_swelling | hands_face_swelling | breathless | wheeze | blister | skin_peeling | fever | non_blanching_rash | vomiting | drowsy)',
  ],
  // A spot of blood from a newborn girl's front in her first days, feeding well (a "tiny
  // period" from the mother's hormones, NHS: normal; stop 50, fresh-triage-p30l ld117, p30m
  // le039); not with a fever, poor feeding, drowsiness or much blood.
  [
    'newborn_pseudomenses',
    '(newborn | infant_u3m) & front_not_bottom & (blood_in_stool | bleeding_any) & !(fever | temp_bare_high | not_feeding | drowsy | floppy | blood_heavy_amount | vomiting | unresponsive)',
  ],
  // Hands and feet a bit blue with the lips and tongue pink in a baby who feeds (acrocyanosis,
  // normal in the first days: stop 50, fresh-triage-p30b kt071); not with any other sign.
  [
    'peripheral_blue_only',
    'hands_feet_blue & pink_centre & !(floppy | not_feeding | breathing_fast | rr_fast | fever | drowsy | unresponsive | apnoea | cold_touch)',
  ],
  // A ring of redness round a tick bite, growing slowly, in someone who feels well (erythema
  // migrans: the GP diagnoses and treats it, NICE NG95; stop 50: four spent sets' authors said
  // routine); not with a fever, a facial weakness, a stiff neck or a sign of spreading infection.
  [
    'tick_rash_well',
    'tick_told & (feels_fine | back_to_normal | not_ill_said) & !(fever | fever_word | rigors | face_droop | stiff_neck | limb_weak | palpitations | chest_pain | red_line_lay | wound_infected | very_unwell)',
  ],
  // A sting swollen past the joint next to it, itchy, with the person well and breathing
  // normally (a large local reaction: antihistamine and a pharmacist, NHS; stop 50); not with
  // any sign of anaphylaxis or of infection.
  [
    'sting_local_well',
    '(allergen_trigger | insect_bite) & insect_bite_or_sting & swollen_any & (feels_fine | back_to_normal | breathing_ok | breathing_normal_said | not_ill_said) & !(lip_face_swelling | hands_face_swelling | breathless | wheeze | hives_all_over_lay | dizzy | near_faint | fever | red_line_lay | wound_infected | vomiting)',
  ],
  // Out of breath on the stairs in pregnancy, fine at rest, with nothing else (a normal change
  // of pregnancy, NHS; stop 50: four spent sets' authors said routine).
  [
    'pregnancy_effort_breath',
    'pregnant & breath_on_effort & !(chest_pain | palpitations | haemoptysis | leg_swelling_any | fainted | near_faint | cyanosis | breathless_severe | cough | wheeze | breathing_worse | sudden)',
  ],
  // Flat purple patches or easy bruising on the forearms in someone on a blood thinner or
  // aspirin, or old, and well (senile purpura, NHS: the GP if it worries you; stop 50: six spent
  // sets' routine messages were read as a meningitis rash). Not a child, nor with a fever or any
  // sign of illness.
  [
    'bruising_thin_skin',
    'bruise_prone_said & (anticoagulant | antiplatelet | aspirin_said | older) & !(fever | fever_word | temp_bare_high | drowsy | stiff_neck | headache | vomiting | child | baby | very_unwell | confused | floppy)',
  ],
  // A splinter with no sign of infection, not in an eye, not glass or metal (NHS: remove it at
  // home, see a GP or a pharmacist if it will not come out; stop 50).
  [
    'splinter_minor',
    'splinter_said & !(wound_infected | spreading_redness | red_hot_swollen | abscess | fever | eye_foreign_body | swollen_any | severe | severe_pain_any | diabetic)',
  ],
  // One combined pill late by under 48 hours, taken when remembered (FSRH missed-pill guidance:
  // no emergency contraception needed; stop 50, read across ten spent sets). Not two or more
  // missed, a progestogen-only pill, nor with sickness or diarrhoea.
  [
    'combined_one_late',
    'combined_pill_lay & one_pill_late & !(missed_doses | missed_pills_n | progestogen_only | vomiting | diarrhoea)',
  ],
  // A seizure the neurology team has already acted on (a dose raised), the person fine now
  // (stop 50, fresh-triage-p30k lc012). Derived, so that the reassurance it reads is not taken
  // for a sign still present when the seizure is told as days ago (rules.ts flagsFor).
  [
    'seizure_handled',
    'seizure_managed & (feels_fine | fine_next_day | back_to_normal | recovered | none_since) & !another_one_fit & !seizure_ongoing & !post_ictal',
  ],
  // A movement asked about ("is it a seizure?") that stops when the baby is held, or in which
  // the child stays aware and looking (stop 50, fresh-triage-p30b kt031 jitteriness, kt099
  // shuddering attacks: benign, film it for the GP); not a fit told as one, nor with any sign
  // of one.
  [
    'seizure_doubted',
    'seizure_query & awareness_kept & !seizure_event & !first_seizure & !unresponsive & !cyanosis & !floppy & !post_ictal & !seizure_ongoing',
  ],
  // Someone past infancy who snores and stops breathing in their sleep (phase 22's second fresh set: the
  // net raised "snores really loudly ... stops breathing for a few seconds at night. hes tired
  // all day. who do we see" to same day): obstructive sleep apnoea, a GP appointment.
  [
    'snoring_apnoea',
    'sleep_apnoea & snoring & !baby & !(cyanosis | unresponsive | collapse | chest_pain | breathless_severe)',
  ],
  // A face swollen after dental work and going down, without fever or spreading (phase 22's
  // second fresh set: "wisdom tooth out 2 days ago, cheek still a bit swollen but less than
  // yesterday" read as a facial swelling and a dental infection).
  [
    'dental_healing',
    'dental_work & improving & !(fever | temp_bare_high | worsening | breathless | stridor | cant_swallow | trismus | trismus_lay | swelling_spread_eye_neck | socket_worse)',
  ],
  // A slow change over months or a year, said with nothing sudden or of today (phase 24, fresh
  // set p23b: "getting more forgetful over the last year, repeating herself"; "breathless
  // walking uphill, gradually worse over the last year"): a GP appointment, not today.
  [
    'slow_course',
    'course_long & !sudden & !fine_until_today & !(worsening & !gradual) & !worse_lately & !onset_last_hour & !(drowsy | fever | temp_39 | vomiting | unresponsive | collapse | fainted | chest_pain | breathless_severe | at_rest | cyanosis | haemoptysis | leg_swollen_one | weak_new)',
  ],
  // Heartburn told as a pattern after meals for weeks, with nothing of the heart's (phase 20):
  // no chest pain to be seen today (rules-heart-lungs.ts), and nothing for the net to raise.
  [
    'heartburn_pattern',
    'reflux_told & reflux_pattern & !(radiates | arm_jaw_pain | sweaty | clammy | pale | breathless | breathless_severe | exertional | chest_pressure_type | older | diabetic | heart_condition | severe | severe_pain_any | onset_last_hour | sudden | near_faint | fainted | vomiting)',
  ],
  // A sore throat worse on one side, with a jaw that will hardly open or a "hot potato" voice,
  // and no allergy, food or reaction named: quinsy (ent-warning), not anaphylaxis, even on an
  // antibiotic (phase 25, fresh-triage-p25m ge117 and p25o gg074).
  [
    'quinsy_pattern',
    '(sore_throat | throat_one_side) & (trismus | muffled_voice | throat_one_side) & !allergy_said & !allergen_trigger & !food_allergy_named & !hives & !tongue_swelling',
  ],
  // Skipped beats now and then, told with nothing else wrong or with sport done without
  // trouble, and no chest pain, breathlessness or faintness (NHS palpitations: harmless
  // ectopics, a GP appointment if they go on): every palpitations rule leaves these out.
  [
    'palp_benign_told',
    'palp_occasional & (nothing_else | feels_fine | exercise_fine) & !(chest_pain | breathless | dizzy | near_faint | fainted | collapse)',
  ],
  // A rhythm or heart-rate alert from a watch, a cuff or an app, in someone with no symptoms or
  // an AF already known (NICE NG196: a pulse check with the GP, not today's banner; phase 25,
  // fresh-triage-p25p).
  [
    'device_only_rhythm',
    'device_rhythm_alert & (no_symptoms_said | feels_fine | nothing_else | af_known_lay | max_hr_said) & !(dizzy | near_faint | fainted | collapse | breathless | chest_pain | palp_felt_lay | pulse_told)',
  ],
  [
    'injury_any',
    'fall | major_trauma | penetrating | deformity | fracture_word | head_injury | cant_weight_bear | dislocation',
  ],
];

interface Rule {
  flag: FlagDef;
  expr: Expression;
  /** The net may not take its urgent flag back (RuleOptions). */
  firm?: boolean;
}

const DERIVED: readonly [string, Expression][] = DERIVED_SOURCES.map(([name, src]) => [
  name,
  parseExpression(src),
]);
const DERIVED_NAMES = new Set(DERIVED.map(([name]) => name));

const RULES: readonly Rule[] = [
  ...HEART_LUNG_RULES,
  ...BRAIN_MIND_RULES,
  ...BELLY_CHILD_RULES,
  ...BODY_RULES,
  ...MORE_RULES,
  ...SAME_DAY_RULES,
  ...GP_TODAY_RULES,
  ...BLIND_KIND_RULES,
  ...WAVE9B_RULES,
  ...WAVE9A_RULES,
  ...WAVE9_C_RULES,
  ...WAVE9E_RULES,
  ...WAVE10_RULES,
  ...WAVE11_RULES,
  ...WAVE12_RULES,
  ...WAVE13_RULES,
  ...BLIND17_RULES,
  ...WAVE9D_RULES,
  ...FOOD_RULES,
  ...AFTER_CARE_RULES,
  ...YOUNG_PEOPLE_RULES,
  ...MIND_BODY_RULES,
  ...TIME_CRITICAL_RULES,
  ...APPEARANCE_RULES,
  ...ASIDE_RULES,
  ...CANT_SAY_RULES,
  ...BARRIERS_RULES,
  ...DEVICES_RULES,
  ...NIGHTS_OUT_RULES,
  ...HEAD_NERVES_RULES,
  ...BELLY_MORE_RULES,
  ...CHEST_BREATH_RULES,
  ...SKIN_MORE_RULES,
  ...CRISIS_MORE_RULES,
  ...LITTLE_ONES_RULES,
  ...BABIES_TODDLERS_RULES,
  ...UNDER_FIVES_RULES,
  ...OLDER_CARERS_RULES,
  ...MEDICINES_MORE_RULES,
  ...MEDICINES_THIRD_RULES,
  ...AFTER_SEEN_RULES,
  ...CRISIS_THIRD_RULES,
  ...CRISIS_FOURTH_RULES,
  ...CRISIS_FIFTH_RULES,
  ...CRISIS_SIXTH_RULES,
  ...BELLY_FIFTH_RULES,
  ...ASIDE_SECOND_RULES,
  ...PREGNANCY_FIFTH_RULES,
  ...SEXUAL_FIFTH_RULES,
  ...CHILD_SENSES_FIFTH_RULES,
  ...OLDER_INFECTIONS_FIFTH_RULES,
  ...LONG_TERM_THIRD_RULES,
  ...WEEK_FOURTH_RULES,
  ...MEDICINES_FOURTH_RULES,
  ...WORK_OUTDOORS_SECOND_RULES,
  ...YOUNG_PEOPLE_SECOND_RULES,
  ...NEWBORNS_THIRD_RULES,
  ...SKIN_FOURTH_RULES,
  ...INJURIES_FOURTH_RULES,
  ...SEXUAL_FOURTH_RULES,
  ...SENSES_FOURTH_RULES,
  ...CHILD_FOURTH_RULES,
  ...INFECTIONS_FOURTH_RULES,
  ...OLDER_FOURTH_RULES,
  ...HEAD_FOURTH_RULES,
  ...CHEST_FOURTH_RULES,
  ...NIGHTS_FOURTH_RULES,
  ...CHEST_THIRD_RULES,
  ...HEAD_THIRD_RULES,
  ...INJURIES_THIRD_RULES,
  ...BELLY_THIRD_RULES,
  ...WEEK_THIRD_RULES,
  ...PREGNANCY_THIRD_RULES,
  ...OLDER_THIRD_RULES,
  ...CHILD_THIRD_RULES,
  ...SKIN_THIRD_RULES,
  ...INFECTIONS_THIRD_RULES,
  ...SEXUAL_THIRD_RULES,
  ...NIGHTS_THIRD_RULES,
  ...PREGNANCY_MORE_RULES,
  ...INJURIES_MORE_RULES,
  ...CRISIS_SECOND_RULES,
  ...SKIN_SECOND_RULES,
  ...FAMILIES_RULES,
  ...BELLY_SECOND_RULES,
  ...CHEST_SECOND_RULES,
  ...HEAD_SECOND_RULES,
  ...SCHOOL_AGE_RULES,
  ...WORK_OUTDOORS_RULES,
  ...TIME_CRITICAL_SECOND_RULES,
  ...TIME_CRITICAL_THIRD_RULES,
  ...TIME_CRITICAL_FOURTH_RULES,
  ...SAME_DAY_THIRD_RULES,
  ...SAME_DAY_SECOND_RULES,
  ...SEXUAL_SECOND_RULES,
  ...FOOD_SECOND_RULES,
  ...NIGHTS_SECOND_RULES,
  ...SENSES_SECOND_RULES,
  ...CANT_SAY_SECOND_RULES,
  ...BARRIERS_SECOND_RULES,
  ...MIND_BODY_SECOND_RULES,
  ...DEVICES_SECOND_RULES,
  ...APPEARANCE_SECOND_RULES,
  ...ENGLISHES_SECOND_RULES,
  ...NEWBORNS_SECOND_RULES,
].map(([id, src, options]) => {
  const flag = TRIAGE_FLAGS[id];
  if (!flag) throw new Error(`rules: unknown flag "${id}" in "${src}"`);
  return { flag, expr: parseExpression(src), firm: options?.firm === true };
});

const FIRM_RULES: readonly Rule[] = RULES.filter((r) => r.firm);

/** Whether a rule declared firm (RuleOptions) fires on the concepts `has` reads. */
export function firmRuleFires(has: (name: string) => boolean): boolean {
  return FIRM_RULES.some((r) => r.expr.test(has));
}

/** Every flag some rule can raise. */
export const RULE_FLAG_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.flag.id));

/** True for a concept some part of triage defines (lexicon, numbers or derived). */
export function isKnownConcept(name: string): boolean {
  return LEXICON_NAMES.has(name) || COMPUTED_CONCEPTS.has(name) || DERIVED_NAMES.has(name);
}

/** Names a rule reads that no part of triage defines (a typo in a rule); empty when sound. */
export function unknownConceptNames(): string[] {
  const out = new Set<string>();
  for (const expr of [...RULES.map((r) => r.expr), ...DERIVED.map(([, e]) => e)]) {
    for (const n of expr.names) if (!isKnownConcept(n)) out.add(n);
  }
  return [...out];
}

const CONTEXT_NAMES = new Set(LEXICON.filter((c) => c.kind === 'context').map((c) => c.name));

const DERIVED_OF = new WeakMap<Findings, ReadonlySet<string>>();

/**
 * A message's current concepts with the derived ones, worked out once per findings: the rules,
 * the net's firm tests and the follow-up questions all read the same set.
 */
export function derivedOf(findings: Findings): ReadonlySet<string> {
  let present = DERIVED_OF.get(findings);
  if (!present) {
    present = withDerived(findings.current);
    DERIVED_OF.set(findings, present);
  }
  return present;
}

/** The concepts present plus the derived ones. */
export function withDerived(base: Iterable<string>): Set<string> {
  const present = new Set(base);
  const has = (n: string) => present.has(n);
  for (const [name, expr] of DERIVED) if (expr.test(has)) present.add(name);
  return present;
}

// A rule that reads none of the concepts present has the value it has with none present,
// worked out once: only the few rules that read a present concept are evaluated.
const RULES_BY_NAME = new Map<string, number[]>();
RULES.forEach((r, i) => {
  for (const n of r.expr.names) RULES_BY_NAME.set(n, [...(RULES_BY_NAME.get(n) ?? []), i]);
});
const WHEN_NONE: readonly boolean[] = RULES.map((r) => r.expr.test(() => false));
/** Rules that read a present concept: marked with the call's number, never cleared. */
const touched = new Uint32Array(RULES.length);
let round = 0;

function fired(present: ReadonlySet<string>): Rule[] {
  round++;
  for (const n of present) for (const i of RULES_BY_NAME.get(n) ?? []) touched[i] = round;
  const has = (n: string) => present.has(n);
  return RULES.filter((r, i) => (touched[i] === round ? r.expr.test(has) : WHEN_NONE[i]));
}

/**
 * What, swallowed days ago, is no less an emergency now: a button battery or magnets may still
 * be inside (NHS: A&E at once, even without symptoms; phase 24).
 */
const STILL_INSIDE: ReadonlySet<string> = new Set(['button_battery', 'magnets']);

/** The flags a message's findings raise, most serious first. `extra` adds concepts. */
export function flagsFor(findings: Findings, extra: Iterable<string> = []): FlagDef[] {
  const more = [...extra];
  const now = more.length === 0 ? derivedOf(findings) : withDerived([...findings.current, ...more]);
  const raised = new Map<string, FlagDef>();
  for (const r of fired(now)) raised.set(r.flag.id, r.flag);
  if (findings.recent.size > 0) {
    for (const r of fired(withDerived([...now, ...findings.recent]))) {
      if (raised.has(r.flag.id)) continue;
      const liveSign = [...r.expr.names].some(
        (n) =>
          (findings.current.has(n) && !CONTEXT_NAMES.has(n)) ||
          (findings.recent.has(n) && STILL_INSIDE.has(n)),
      );
      // An injury days ago that is getting better and takes weight again needs no check today.
      if (!liveSign && now.has('improving') && r.flag.domain === 'injury') continue;
      // Nor a knock to the head days ago whose headache is easing (phase 24, fresh set p24c:
      // "a bit of a headache on and off since but it goes with paracetamol and its getting
      // better every day"; NHS: see a GP if it lasts, A&E if it gets worse or anything new).
      if (r.flag.id === 'head-injury' && now.has('improving') && !now.has('worsening')) continue;
      // An episode already seen in A&E, fine since: "knocked out 3 weeks ago, was checked in
      // A&E, feel completely fine now" (phase 20: read as an emergency).
      if (
        !liveSign &&
        now.has('seen_in_ae') &&
        (now.has('back_to_normal') || now.has('feels_fine'))
      )
        continue;
      // An episode told as over ("symptoms all gone now", "back to my normal"), raising only an
      // urgent flag with nothing of it still present: no check today (phase 22). An emergency's
      // episode still becomes "earlier-warning-sign" below.
      if (!liveSign && r.flag.level === 'urgent' && now.has('symptoms_gone')) continue;
      if (r.flag.level === 'urgent' || liveSign) raised.set(r.flag.id, r.flag);
      else raised.set('earlier-warning-sign', TRIAGE_FLAGS['earlier-warning-sign']!);
    }
  }
  return finalize([...raised.values()]);
}

/** Drops urgent flags superseded by an emergency in their domain, and sorts. */
export function finalize(flags: readonly FlagDef[]): FlagDef[] {
  const emergencyDomains = new Set(
    flags.filter((f) => f.level === 'emergency').map((f) => f.domain),
  );
  const unique = new Map(flags.map((f) => [f.id, f]));
  return [...unique.values()]
    .filter((f) => f.level === 'emergency' || !emergencyDomains.has(f.domain))
    .sort(
      (a, b) =>
        LEVEL_RANK[b.level] - LEVEL_RANK[a.level] ||
        (FLAG_ORDER.get(a.id) ?? 0) - (FLAG_ORDER.get(b.id) ?? 0),
    );
}
