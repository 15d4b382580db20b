// Rules, phase 25 sixteenth round: nights out, drink and drugs (lexicon-nights-out.ts;
// fresh-triage-p25q, read once at d74fb43). Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const NIGHTS_OUT_RULES: readonly RuleSource[] = [
  // Drugs swallowed in their bag or wrap (TOXBASE: A&E now, even when well).
  ['overdose-poisoning', 'drugs_swallowed_wrapped'],
  // Paracetamol counted up over a day of a hangover or a bad headache, nine or more, or not
  // counted at all (TOXBASE: a staggered overdose needs A&E, even feeling well).
  ['overdose-poisoning', 'tablets_total_lay & paracetamol_word'],
  // A cheap or bootleg spirit, then snowy or blurry sight with belly pain, fast breathing or
  // sickness: methanol (UKHSA: 999), abroad above all.
  [
    'overdose-poisoning',
    '(spirit_cheap | homebrew_spirit) & (vision_blur_lay | vision_snowy | blurred_vision) & (abdo_pain | breathing_fast | breathless | vomiting | confused | confused_lay)',
  ],
  // Muddled in lay words with heat, a fever, a drug, drink or a head injury (NHS: 999); an older
  // person newly muddled stays the same-day confusion banner.
  [
    'confusion-drowsy',
    'confused_lay & (fever_word | high_fever_words | skin_hot | not_sweating | recreational | ingested | alcohol | head_injury | drowsy | diabetic)',
  ],
  // Hot, dry skin that has stopped sweating, with muddle, after a pill or at a festival
  // (heatstroke; NHS: 999).
  [
    'temperature-emergency',
    '(fever_word | high_fever_words | skin_hot) & not_sweating & (confused | confused_lay | drowsy | collapse)',
  ],
  // Sex without a condom with a partner whose status is unknown, or PrEP not taken (BASHH: PEP
  // within 72 hours); a needle shared.
  ['exposure-treatment', 'condomless_lay & hiv_risk | needle_shared'],
  // Dark or black poo after vomiting or with belly pain, nothing dark eaten or taken (NHS: a GP
  // or 111 today; A&E when dizzy or with heavy bleeding).
  [
    'blood-urine-stool',
    'stool_dark_lay & (vomiting | abdo_pain | alcohol | anticoagulant) & !stool_dark_explained',
  ],
  // A deep or dirty cut with no tetanus jab remembered (UKHSA: assess today).
  ['exposure-treatment', 'tetanus_gap & wound_lay_deep'],
];
