// Rules, stop 50: same-day signs read on the three sets left unread at stop 49's end (fresh-
// triage-p30h, p30i, p30j; docs/history/triage-net.md, "Stop 50"); the three new sets split off
// for this stop stay held out. Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const SAME_DAY_THIRD_RULES: readonly RuleSource[] = [
  // An opioid substitute lost or missed with withdrawal or the urge to use: the drug service
  // or prescriber today (relapse on lost tolerance risks overdose; la079).
  ['medicine-supply', 'substitute_lost & withdrawal_urge'],
  // Clozapine run out or missed for two days or more: not restarted at the usual dose; the
  // prescriber today (BNF, clozapine SPC; la124).
  [
    'medicine-supply',
    'clozapine_named & (run_out | missed_dose | psych_meds_run_out) & out_two_days',
  ],
  // Spinning that does not stop with standing impossible and vomiting: an acute vestibular
  // syndrome, examined today to rule out a stroke of the back of the brain (NICE CKS vertigo;
  // lb056). A sudden onset with a headache or double vision is the stroke rules' 999.
  ['neuro-warning', 'dizzy & (cant_stand | cant_stand_move) & (vomiting | vomit_persistent)'],
  // A child unsteady or walking as if drunk after chickenpox or another virus (post-infectious
  // cerebellar ataxia: seen today to rule out encephalitis, NICE CKS chickenpox; lb067).
  [
    'neuro-warning',
    '(child | child_word) & (acting_drunk | gait_odd | ataxia) & (chickenpox | chickenpox_word | infection_words) & !alcohol_drink',
  ],
  // A headache with fluids not kept down, or a migraine of days, its usual treatment failed,
  // with vomiting that goes on (status migrainosus: a clinician today, NICE CKS migraine; lb123).
  [
    'severe-headache',
    'headache & (fluids_not_kept | cant_swallow_fluids | migraine_unbroken & vomit_persistent)',
  ],
  // After a flight or a dive: an ear with hearing muffled and spinning (inner-ear barotrauma:
  // ENT today, NICE CKS; lb149).
  [
    'sudden-hearing-loss',
    'pressure_change & (ear_blocked_pain | hearing_loss | ear_deaf_lay | hearing_drop) & dizzy',
  ],
  // Chickenpox coming out in an adult who never had it, within a day (aciclovir within 24
  // hours of the rash, NICE CKS chickenpox; kz104). An adult: an age of 16 or more, a man's
  // stated age, a smoker, pregnant.
  [
    'infection-needs-check',
    'pox_first_time & (adult_age | male_age_said | smoker_said | pregnant_word | pregnant_weeks) & !child_age',
  ],
  // Round 3, on the five sets read as totals at stop 49 (p29w, p29z, p30b, p30e, p30f), spent.
  // A hard red cord of a vein that reaches the groin (superficial thrombophlebitis near the deep
  // veins: an ultrasound today, NICE CKS; ko064).
  ['possible-clot', 'vein_cord & near_groin'],
  // A P2Y12 blood thinner stopped within a year of a stent (stent thrombosis: the cardiology
  // team or GP today, ESC/NICE NG185; ko113). Firm: "feel fine" is no reassurance, and the net
  // took it back.
  [
    'medicine-supply',
    'antiplatelet_stopped & stent_word & !antiplatelet_planned_stop',
    { firm: true },
  ],
  // Flu with a fever in pregnancy (antivirals within 48 hours, UKHSA; ko147).
  [
    'fever-needs-check',
    'pregnant & (flu_said | infection_words) & (fever | bare_temp_high | temp_bare_high | fever_word)',
  ],
  // A child wetting again, drinking far more and losing weight (new type 1 diabetes: a finger-
  // prick glucose today, NICE NG18; kt001).
  [
    'high-blood-sugar',
    '(child | child_word | child_age) & (bedwetting_again | polyuria | thirst_polyuria) & (drinking_lots | thirst_polyuria) & (weight_loss | weight_losing | clothes_loose_lay | thinner)',
  ],
];
