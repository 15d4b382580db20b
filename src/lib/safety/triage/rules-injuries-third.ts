// Rules, phase 25 fifty-eighth round: injuries, accidents and first aid, a third author
// (lexicon-injuries-third.ts; fresh-triage-p27n, read once at 60833bd). Expression language:
// expression.ts.

import type { RuleSource } from './rule-types';

export const INJURIES_THIRD_RULES: readonly RuleSource[] = [
  // Clear fluid from the nose after a knock in a contact sport (NICE NG232: A&E).
  ['head-injury-red-flags', 'sport_knock & clear_drip'],
  // A large object stuck in the body: leave it, A&E.
  ['serious-injury', 'large_object_stuck'],
  // A cable bitten with a burn in or at the mouth (an electrical burn: A&E).
  [
    'serious-injury',
    'cable_bitten & (burn | burn_word_more | skin_burnt_raw | mouth_burns | bleeding_any)',
  ],
  // Something still felt in a wound after glass (a retained foreign body: seen today).
  [
    'wound-or-burn',
    'fb_felt_in_wound & (glass_stood_on | wound_bleed_stopped | bleeding_any) & !healed',
  ],
  // An animal's bite that broke the skin (NHS: antibiotics and a tetanus check today).
  ['wound-or-burn', 'animal_nipped_lay & skin_broken & !skin_intact & !healed'],
  // A wrist, an arm or a leg bent out of shape after a fall (NHS: an odd shape, A&E).
  [
    'serious-injury',
    '(fall | fall_off | injury_event) & (deformity | looks_bent) & major_limb & !healed & !mild',
  ],
];
