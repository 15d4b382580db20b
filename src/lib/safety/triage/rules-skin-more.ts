// Rules, phase 25 twentieth round: skin, bites, stings, burns and allergic reactions
// (lexicon-skin-more.ts; fresh-triage-p25u, read once at 40e9eab). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const SKIN_MORE_RULES: readonly RuleSource[] = [
  // An adrenaline pen used for a sting or a known allergy, or growing sleepy or pale after one
  // (Resuscitation Council UK: 999 whenever the pen is used).
  [
    'anaphylaxis',
    'pen_used_lay & (allergy_context | allergen_trigger | allergy_said) & !over_for_days',
  ],
  [
    'anaphylaxis',
    '(allergen_trigger | insect_bite) & allergy_said & (getting_sleepy_lay | pale | drowsy | floppy)',
  ],
  // A scald or a grabbed hot thing that blistered a baby, a large area, or big blisters on a
  // child or on the hands or face (NHS, BBA: A&E). A blister the size of a coin on a palm stays
  // wound-or-burn's same-day care, as earlier authors labelled it.
  [
    'serious-injury',
    'burn_lay_more & (skin_blistered | blister | burn_severe) & (baby | burn_large | burn_severe & (child | hands_or_face))',
  ],
  // A chemical on the skin that left it raw (NHS: every chemical burn is seen).
  ['wound-or-burn', 'chemical_on_skin & (raw_patch_lay | skin_burnt_raw | blister)'],
  // Sunburn in a baby under 6 months (NHS: a GP today).
  ['wound-or-burn', 'infant_u6m & sun_on_skin_lay'],
  // A cold sore or blisters spreading on a medicine that weakens immunity (NICE CKS: today).
  [
    'infection-needs-check',
    '(immune_drug | marrow_risk_drug | immunosuppressed) & blisters_spreading_lay',
  ],
  // Measles suspected in an unvaccinated child or with a fever (UKHSA: ring the GP or 111
  // first, today).
  [
    'infection-needs-check',
    'measles_named & (unvaccinated_lay | fever | high_fever_words | eyes_red_lay)',
  ],
  // Blisters with mouth ulcers and red eyes or flu on a new medicine (Stevens-Johnson
  // syndrome: A&E).
  [
    'skin-emergency',
    '(blister | skin_blistered) & (mouth_ulcers_lay | mouth_sores | mucosal_sores) & (eyes_red_lay | flu_like_lay | fever | very_unwell) & new_medicine',
  ],
  // A stiff neck with new confusion and vomiting, with shingles, a fever or a headache
  // (encephalitis or meningitis: 999).
  ['meningitis-signs', 'stiff_neck & confused & (vomiting | fever | headache | shingles)'],
];
