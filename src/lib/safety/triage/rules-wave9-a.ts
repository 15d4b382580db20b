// Rules, phase 7 (helper a): the kinds a probe set of heart, brain, breathing, allergy, eye,
// ENT and teeth messages missed, each written as the guidance frames the situation (NHS 999 /
// A&E / 111 lists, NICE CKS red flags), not as any message put it. Concepts:
// lexicon-wave9-a.ts. Expression language: expression.ts.

import type { RuleSource } from './rule-types';

export const WAVE9A_RULES: readonly RuleSource[] = [
  // Palpitations with breathlessness, fainting or chest pain (NHS heart palpitations: 999).
  [
    'heart-rhythm-red-flags',
    '(palpitations | palp_lay) & (breathless & !breathless_explained | breath_incomplete | fainted | near_faint | chest_pain | collapse) & !palp_explained & !panic_attack',
  ],
  [
    'palpitations',
    'palp_lay & !device_only_rhythm & !palp_explained & !resolved & !palp_benign_told',
  ],
  // Fainting or collapsing during exercise or sport (NHS fainting: A&E / 999).
  ['heart-rhythm-red-flags', '(fainted | collapse) & exertion_sport'],
  // A faint with a pacemaker, defibrillator or heart failure (NICE CG109 red flags); a fast
  // pulse with a floppy, grey or mottled child.
  [
    'heart-rhythm-red-flags',
    '(fainted | collapse) & (device_heart | heart_failure) & !faint_explained | (hr_fast | child_hr_high | palpitations | palp_lay) & (floppy | drowsy | unresponsive | mottled | cyanosis)',
  ],
  // Two stroke signs together need 999 however they came on (NHS BE FAST): a face that
  // droops or dribbles from one side with an arm or hand that failed, or with slurred speech.
  [
    'stroke-signs',
    '((face_droop | mouth_dribble | face_numb) & (limb_weak | hand_drop | speech_problem) | mouth_dribble & sudden) & !(forehead_weak & !arm_leg_weak & !hand_drop & !speech_problem)',
  ],
  // Saying the wrong words, suddenly (NHS stroke: speech).
  // Not a toddler's words asked about as normal for the age (phase 25, stop 46 review).
  [
    'stroke-signs',
    'words_wrong & !(gradual & !sudden) & !dementia_known & !(child_word & normal_for_age_asked & !sudden)',
  ],
  // A feverish baby or child who will not be handled, with a rash, a stiff neck, drowsiness or
  // vomiting (NICE NG240 meningitis).
  [
    'meningitis-signs',
    'fever & (baby | child) & hates_handling & (rash | stiff_neck | drowsy | vomiting | floppy)',
  ],
  ['child-fever-warning', 'fever & (baby | child) & hates_handling'],
  // A tight throat with an allergen, a new medicine, hives or dizziness (NHS anaphylaxis).
  [
    'anaphylaxis',
    'throat_tight_lay & !quinsy_pattern & (allergy_context | allergen_trigger | new_medicine | hives | lip_face_swelling | tongue_swelling | wheeze) & (dizzy | near_faint | breathless | wheeze | hives | lip_face_swelling | tongue_swelling | voice_change | vomiting)',
  ],
  // A cut into the eye; a painful red eye that can hardly see (NHS: eye casualty / A&E now).
  ['eye-emergency', 'eye_cut | eye_pain_red & sight_reduced'],
  // Asthma needing the reliever more or waking at night (NHS asthma: urgent GP / 111).
  ['breathing-difficulty', 'asthma & (reliever_more | asthma_night)'],
  // A sore throat worse on one side or with a muffled voice (quinsy: NHS 111 / GP today).
  ['ent-warning', 'sore_throat & (throat_side_lay | muffled_voice) | throat_side_lay'],
  // Several nosebleeds in one day (NHS nosebleed: 111 / GP today).
  ['bleeding-needs-check', 'nosebleed_many'],
  ['meningitis-signs', 'glass_test'],
  [
    'headache-warning-signs',
    'morning_headache & (vomiting | worsening | blurred_vision | double_vision | child | gradual)',
  ],
  // A new headache after cancer, on waking or with coughing (NICE NG12/CKS headache: same-day
  // assessment; phase 24, fresh set p24d).
  [
    'headache-warning-signs',
    'headache & cancer & (morning_headache | cough_headache | nausea | vomiting)',
  ],
  // A headache on sitting or standing that goes on lying flat, days after an epidural or a
  // lumbar puncture (post-dural-puncture headache: the maternity unit or anaesthetist today).
  ['eye-warning', 'squint_new & (sudden | child | double_vision | headache)'],
  // A first-ever aura (NICE CKS migraine: a first aura, above all after 50, is seen the same
  // day to rule out a TIA; phase 24).
  ['neuro-warning', 'aura_lay & first_time_vague & !headache_pattern_known'],
  // Firm (stop 48): antibiotics for a close contact are a matter of hours, however well they
  // feel; the retrained urgent head took back a partner admitted with meningococcal meningitis.
  ['exposure-treatment', 'meningitis_contact', { firm: true }],
  ['headache-warning-signs', 'headache & spinal_needle & (postural_headache | stiff_neck)'],
  // A cough with fever and pain in the side on breathing in (pneumonia: NHS 111 / GP today).
  ['fever-needs-check', 'pleuritic & fever & cough'],
  // Swollen lips or face after a sting or an allergen with a floppy, pale or drowsy person.
  [
    'anaphylaxis',
    '(lip_face_swelling | hives) & (allergen_trigger | allergy_context) & (floppy | pale | drowsy | unresponsive | mottled)',
  ],
  // Stridor at rest or asleep; visible work of breathing in a child, with grey lips, croup or
  // asthma; too tired to breathe (NHS 999; NICE NG143; BTS).
  [
    'airway-blocked',
    'stridor & at_rest_lay | (croup | croup_lay) & (cyanosis | work_of_breathing & (child | baby))',
  ],
  [
    'breathing-severe',
    'work_of_breathing & (child | baby | cyanosis | asthma | croup | croup_lay | fever) | (asthma | croup | croup_lay | breathless | wheeze) & breathing_exhausted',
  ],
  ['breathing-difficulty', 'work_of_breathing'],
  // A collapse after an injection, a sting or a new medicine, pale or with hives or wheeze.
  [
    'anaphylaxis',
    'collapse & (allergen_trigger | allergy_context | new_medicine) & (pale | went_white | hives | lip_face_swelling | breathless | wheeze | dizzy & !standing_up & !stand_up_lay) & !faint_explained',
  ],
  // Sight suddenly gone or not right in one or both eyes (NHS: 999 / A&E).
  ['eye-emergency', '(eye_cant_see | vision_loss_lay) & sudden & !(gradual & !sudden)'],
  [
    'headache-warning-signs',
    'headache_strain & (gradual | worsening | recurrent) & !cold_symptoms',
  ],
  ['ent-warning', 'ear_gunk & (ear_pain | fever)'],
  // Clutching the chest and slumping or going grey (NHS heart attack: 999).
  [
    'chest-pain-red-flags',
    'chest_grab & (slumped | collapse | went_white | pale | cyanosis | sweaty | breathless | unresponsive)',
  ],
  ['chest-pain', 'chest_grab'],
  ['unresponsive', 'slumped & (unresponsive | cyanosis | not_breathing)'],
  // A known allergy with swollen lips or hives and a cough, vomiting or an odd mouth.
  [
    'anaphylaxis',
    'allergy_context & (lip_face_swelling | hives) & (cough | vomiting | mouth_funny | throat_tight_lay | voice_change)',
  ],
  ['eye-warning', 'flashes_lay & !headache'],
  // Fits one after another without waking (NHS: 999); a fit with a fever (111 at least).
  ['seizure-prolonged', 'seizure_cluster'],
  ['seizure', 'febrile_fit'],
  // The worst headache ever, or one like a thunderclap (NICE CKS headache: 999).
  [
    'sudden-severe-headache',
    'worst_headache_lay & !(worst_pain_elsewhere & !headache & !head_said)',
  ],
  // GCA signs are same day and firm (stop 48): sight is at stake however well the person
  // feels, and the net took back a 74-year-old's new temple headache, tender scalp and jaw ache
  // on chewing, eyesight normal (blind-20; both urgent heads read it as routine).
  // With a headache or the temples named: not a known GCA on steroids asking about a flu jab.
  ['headache-warning-signs', '(gca | gca_lay) & (headache | head_said)', { firm: true }],
  // GCA signs with any change in sight (NICE CKS: same-day; with visual symptoms, now).
  [
    'eye-emergency',
    '(gca | gca_lay) & (blurred_vision | blur_one_eye | vision_loss | vision_loss_lay | double_vision | eye_cant_see)',
  ],
  // A blow to the head; unequal pupils; knocked out (NICE NG232; NHS head injury: A&E). Not a
  // faint's blackout with no blow told (faint_no_blow, rules.ts; stop 53).
  [
    'head-injury-red-flags',
    'knocked_out & !faint_no_blow | pupil_unequal & (head_injury | head_blow | injury_event | fall | headache | drowsy | confused) | head_blow & (vomiting | unresponsive | fainted | confused | drowsy | seizure | head_injury_red | anticoagulant | limb_weak | speech_problem | blurred_vision | double_vision | headache & worsening)',
  ],
  ['head-injury', 'head_blow & (headache | dizzy | nausea | blurred_vision | worsening)'],
  // Sudden chest pain and a breath that will not go in (collapsed lung, clot: 999).
  ['chest-pain-red-flags', '(chest_pain | chest_side_pain) & breath_incomplete'],
  [
    'chest-pain-red-flags',
    'chest_side_pain & (breathless | sudden | sweaty | radiates) & !chest_wall',
  ],
  ['chest-pain', 'chest_side_pain & !chest_wall'],
  ['breathing-difficulty', 'breath_incomplete'],
  // An adrenaline auto-injector used (NHS anaphylaxis: always 999 after using one).
  ['anaphylaxis', 'epipen_lay'],
  // Sight lost from one eye (NHS: A&E / 999).
  ['eye-emergency', 'vision_loss_lay & !(gradual & !sudden)'],
  ['eye-emergency', 'eye_chemical_lay'],
  // A tooth or eyelid swelling that reaches the eye or neck, with pain moving the eye or
  // double vision (NHS dental abscess; orbital cellulitis).
  [
    'spreading-face-neck-swelling',
    'dental_source & swelling_spread_eye_neck & (lip_face_swelling | dental_swelling | tooth_pain | fever | trismus_lay | trismus | cant_swallow | breathless) | (eyelid_swollen_lay | eyelid_swollen | lip_face_swelling) & eye_move_pain_lay',
  ],
  // Mastoiditis; a jaw that will not open with a tooth or throat infection; a dry socket; a
  // one-sided neck swelling with a sore throat (NHS: urgent dentist / GP / 111 today).
  ['ent-warning', 'mastoid_lay & (ear_pain | fever | child | baby)'],
  [
    'dental-infection',
    '(wisdom_tooth | tooth_pain | dental_swelling) & (trismus_lay | trismus) | dental_swelling & (tooth_pain | fever | worsening | wisdom_tooth) & !dental_healing | socket_worse',
  ],
  [
    'ent-warning',
    '(neck_swelling | neck_lump_one_side) & sore_throat & (one_sided_pain | worsening | neck_lump_one_side)',
  ],
  ['ent-warning', 'sore_throat & (fever | fever_number_first) & not_eating_drinking'],
  // Waking at night unable to breathe, more pillows, swollen ankles with breathlessness
  // (NHS heart failure: urgent GP / 111).
  [
    'heart-failure-signs',
    'orthopnoea_lay | ankles_big & (breathless | orthopnoea | orthopnoea_lay)',
  ],
  // A weak cough, a squeak breathing in or a colour change after something small was eaten
  // (NHS / Resuscitation Council: a blocked airway, 999); a barking cough in a child (croup:
  // 111 or GP today; NICE CKS croup).
  ['airway-blocked', 'choke_item & (stridor | weak_cough | cant_cough_cry | cyanosis)'],
  [
    'breathing-difficulty',
    'croup_lay & (child | baby) & (noisy_breathing | stridor | fever) & !breathing_ok & !back_to_normal',
  ],
  // Jaw or teeth pain brought on by exertion and eased by rest (angina; NHS: urgent GP).
  ['chest-pain', 'jaw_exertion & !injury_any'],
];
