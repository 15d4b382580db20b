// Rules, phase 6: the kinds an independent blind set missed, each written as the guidance
// frames the situation, not as any message put it (concepts: lexicon-*.ts, marked "Phase 6").
// Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const BLIND_KIND_RULES: readonly RuleSource[] = [
  // Pain between the shoulder blades with faintness (aortic dissection), or with sweating,
  // breathlessness or nausea in diabetes or older age (an atypical heart attack).
  ['tearing-pain', 'interscapular_pain & (near_faint | fainted | collapse | tearing)'],
  [
    'chest-pain-red-flags',
    'interscapular_pain & (sweaty | breathless | nausea | vomiting) & (diabetic | older)',
  ],
  // Grinding, drilling or hammering and then a bleeding eye, or an eye that will not open
  // with blurred sight: a penetrating injury until shown otherwise (NHS: A&E).
  [
    'eye-emergency',
    'eye_tool_work & (eye_bleeding | (eye_cant_open | eye_projectile) & (blurred_vision | eye_cant_see | bleeding_any | eye_pain_red)) | (eye_trauma | eye_projectile) & eye_bleeding',
  ],
  // A baby's sunken soft spot with signs of fluid loss; a baby under 3 months with no wet
  // nappies and not feeding, a weak cry or drowsy (NICE CG84 red flags).
  [
    'child-red-flags',
    'baby & sunken_fontanelle & (dehydration_sign | not_feeding | vomiting | diarrhoea | drowsy | weak_cry | fever)',
  ],
  [
    'child-red-flags',
    'infant_u3m & dehydration_sign & (not_feeding | weak_cry | high_pitched_cry | drowsy)',
  ],
  ['dehydration', '(baby | child) & sunken_fontanelle'],
  // Suicide by car exhaust; affairs put in order with a means or farewell.
  ['suicide-risk', 'co_plan'],
  [
    'suicide-risk',
    'affairs_prep & (crisis_means | rope_means | farewell_words | goodbye_cue | done_cue | low_mood | suicidal)',
  ],
  // Mains or high-voltage electric shock (NHS: A&E after any shock from the mains).
  // Not a shock already checked in A&E that has brought nothing new (phase 25,
  // fresh-triage-p26p hh098: "got checked at A&E, ECG normal, sent home").
  [
    'serious-injury',
    'mains_shock & !(seen_in_ae & !(chest_pain | palpitations | fainted | breathless | worsening | entry_exit_burn)) | electric_shock & entry_exit_burn',
  ],
  // Clear fluid from the nose or an ear after a head injury or a fall (NICE NG232).
  ['head-injury-red-flags', '(head_injury | fall | major_trauma) & clear_drip'],
  // Digoxin with yellow-green vision, sickness or a slow pulse (toxicity); a pulse under 40
  // with symptoms.
  [
    'overdose-poisoning',
    'digoxin & (vision_yellow & (vomiting | nausea | hr_slow | confused | dizzy) | hr_slow)',
  ],
  ['medicine-side-effect', 'digoxin & (vision_yellow | vomiting | nausea)'],
  [
    'heart-rhythm-red-flags',
    'hr_slow & (dizzy | confused | breathless | drowsy | vomiting | weak_new | breathless_severe)',
  ],
  // A baby whose jaundice persists, or with pale or chalky poo or dark urine (NICE CG98).
  ['jaundice', 'baby & (jaundice_persisting | pale_stool | jaundice & dark_urine)'],
  // An arm swollen, heavy or tight beside a PICC line, port or recent drip (upper-limb DVT).
  ['possible-clot', 'line_context & arm_swollen_any'],
];
