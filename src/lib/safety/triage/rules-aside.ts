// Rules, phase 25 twelfth round: a health detail inside a message about something else
// (lexicon-aside.ts; fresh-triage-p25m, read once at 0d0241a). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const ASIDE_RULES: readonly RuleSource[] = [
  // Tablets counted "of them" after the medicine was named (ge130: "Can you tell me the side
  // effects of sertraline? my girlfriend just told me she swallowed about 40 of them half an
  // hour ago"); read as tablets_many_day is (NHS: A&E for an overdose, even feeling well).
  [
    'overdose-poisoning',
    'tablets_of_them & (paracetamol_word | overdose | medication_error | opioid | high_risk_drug | psych_meds | medicine_named)',
  ],
  // A known food allergy, something eaten, and a hoarse or changed voice, a wheeze, breathing
  // trouble or trouble swallowing; or a cough after an itchy mouth (Resuscitation Council UK:
  // airway or breathing signs after a likely allergen are anaphylaxis; give the adrenaline pen
  // and call 999). ge054: a school's email pasted in, then "coughing loads and his voice has
  // gone hoarse. He has a peanut allergy".
  [
    'anaphylaxis',
    'food_allergy_named & (ate_something | mouth_itch_told | allergen_trigger) & (voice_hoarse | voice_change | stridor | wheeze | breathless | breathless_severe | cant_swallow | throat_tight_lay | throat_swelling | cough & mouth_itch_told)',
  ],
  // Bowels not opened for days with a swollen tummy or off food, in someone who cannot say how
  // they feel, is older, or in anyone with both (NHS England: constipation in people with a
  // learning disability can kill; a GP today). Vomiting with pain is rules-wave9-d's emergency.
  [
    'bowels-stopped',
    '(no_bowels_long | no_bowels_days | cant_poo) & (cant_tell | dementia_known | older) & (distension | not_eating_drinking | abdo_pain | pain_behaviour) | no_bowels_long & distension & not_eating_drinking',
  ],
  // Carbon monoxide told as symptoms "only when we're home" beside a fuel-burning appliance
  // (ge159), read as rules-body.ts reads symptoms that ease away from home.
  [
    'overdose-poisoning',
    'home_only_symptoms & co_home_or_household & co_fuel_appliance & (headache | nausea | dizzy | drowsy | confused | vomiting | unresponsive)',
  ],
];
