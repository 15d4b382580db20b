// Lexicon, phase 25 fifteenth round: what a device or an app said (fresh-triage-p25p.json, read
// once at 1313840): ketones on a meter, a glucose sensor's low, a pacemaker box's light, a
// positive home test (pregnancy with a coil or on isotretinoin, a urine strip, COVID on
// rituximab), a hearing app's drop, a rhythm alert with no symptoms, a sleep app's breathing
// pauses. Sources: JBDS and NHS (ketones 0.6-1.5 mmol/L: sick-day rules and the diabetes team;
// SGLT2 inhibitors and euglycaemic ketoacidosis, MHRA), NHS (sulfonylurea hypos), FSRH (a
// pregnancy with an IUD in place: ectopic until proved otherwise), MHRA (isotretinoin pregnancy
// prevention), NICE CKS (pyelonephritis; UTI in men), NHS (COVID treatments for people at
// highest risk), NICE NG196 (AF found by a device: a pulse check, not an emergency). Pattern
// language: pattern.ts.

import type { Concepts } from './lexicon-types';

export const DEVICES_SIGNS: Concepts = {
  // A ketone reading given as a number ("ketones 1.1", "ketone meter reads 1.4").
  ketone_number: ['ketones? ~4 \\d(\\.\\d+)?'],
  // A glucose sensor's or meter's low figure, or "keeps going low" (a reading under 4 mmol/L).
  sensor_low: [
    '(libre|cgm|dexcom|freestyle|sensor|meter|monitor) ~6 ([1-3]\\.\\d|[1-3])\\b(?! ?(am|pm|hours?|hrs?|days?|nights?|times|units|weeks?|mins?|minutes?))',
    '(libre|cgm|dexcom|sensor|sugars?|levels?) ~3 (keeps|keep|kept|been|is|was) going low',
  ],
  // Lows again and again: nights running, since a dose went up.
  lows_recurring: [
    '(\\d+|two|three|four|five|several|few|couple of) (nights|mornings|days) (running|in a row)',
    '(upped|increased|put up|raised|doubled|went up on) (my |his |her |their |the )?(\\w+ )?(dose|insulin|lantus|levemir|tresiba|toujeo|humalog|novorapid|units)',
  ],
  // A positive home pregnancy test.
  preg_test_positive: [
    '(positive|\\+ve|pos) (home |pregnancy |preg |clearblue |first response ){0,2}tests?',
    '(pregnancy|preg|home) tests? ~4 (positive|says pregnant|said pregnant|came up positive)',
  ],
  // A copper coil or a hormonal coil in place.
  coil_in: [
    '(copper )?coil (in|fitted|in place)',
    '(have|got|with|has) (the |a |my )?(copper )?(coil|iud|ius|mirena|kyleena|jaydess)',
    '\\b(iud|copper coil)\\b',
  ],
  // A medicine that harms a pregnancy (MHRA pregnancy prevention programmes).
  teratogen_drug: [
    '(isotretinoin|roaccutane|accutane|acitretin|valproate|sodium valproate|epilim|depakote|mycophenolate|thalidomide|lenalidomide|pomalidomide)',
  ],
  // Pain in the kidney area in lay words.
  kidney_pain_lay: ['kidneys? ~3 (hurts?|hurting|pain|painful|aches?|aching|sore|killing)'],
  // A medicine that weakens the immune system, by name.
  immune_drug: [
    '(rituximab|ocrelizumab|ofatumumab|cyclophosphamide|tacrolimus|ciclosporin|mycophenolate|azathioprine|methotrexate|infliximab|adalimumab|etanercept|tocilizumab|biologics?|chemo\\w*)',
  ],
  // A heart device's box or light telling the person to act, and a clinic's instruction to ring.
  device_light: [
    '(pacemaker|icd|defib\\w*|home monitor|monitor|box|pump|device) ~6 (light|lights|flashing|flashes|beeping|beeps|alarm|alert|red|orange|amber)',
  ],
  told_to_ring_if: [
    '(said|say|says|told (me|us|him|her)|instructions say) (to )?(ring|call|phone|contact) ~4 (if|when|whenever) ~3 (ever )?(does|happens|flashes|goes|comes|lights|beeps)',
  ],
  // A hearing test on an app or at home that has dropped.
  hearing_drop: [
    '(hearing|ear) ~3 (test|check|score|result) ~6 (down|worse|dropped|lower|gone down)',
  ],
  // Breathing pauses in sleep told by a partner or an app.
  apnoea_told: [
    '(sleep|breathing|snore|snoring) (app|tracker|watch|monitor) ~6 (breathing disturbances?|apnoea|apnea|pauses|stops?|stopped|stopping)',
    '(wife|husband|partner|girlfriend|boyfriend|bf|gf) (says|said|tells me|told me) (i|he|she) (stops?|stopped|pauses?) breathing',
    // A snorer's pause that ends in a gasp, filmed or watched at night (stop 49, fresh-triage-p30m: "snores like a train ... he stops breathing for about 10 seconds then gasps"): sleep apnoea, the GP.
    '(snore|snores|snoring|snored) ~12 (stops?|stopped|pauses?) breathing (for )?(about |like |around |a few |maybe )?(\\d+|a few|few|ten|twenty) (seconds|secs) (then|and then|before) (he |she |i )?(gasps?|snorts?|starts? again|chokes?|jerks?)',
  ],
  // A rhythm or heart-rate alert from a device.
  device_rhythm_alert: [
    '(watch|smartwatch|fitbit|garmin|apple watch|oura|ring|app|machine|monitor|cuff|tracker|bp machine|blood pressure machine) ~10 (irregular|afib|a-fib|af\\b|rhythm|heart ?rate|hr\\b|bpm|max)',
    '(irregular (rhythm|heartbeat|heart beat|pulse)|afib|a-fib|af) (notification|notifications|detected|alert|alerts|symbol|warning|pinging|pings)',
  ],
  // The heart felt, not only measured.
  palp_felt_lay: [
    '(heart|chest) ~3 (racing|pounding|fluttering|flutters|thumping|thudding|skipping|skips|flipping|flips|flip-flops)',
    'can feel (my|his|her|their) heart',
  ],
  // The pulse felt or counted by the person, or a rate of 100 or more with the alert ("my pulse
  // feels irregular since this morning", "AFib, 110 irregular"): not the device alone.
  pulse_told: [
    '(pulse|heartbeat|heart ?beat|heart) (feels|felt|is|was|seems|has been|keeps) (\\w+ )?(irregular|all over the place|jumpy|erratic|fast|racing|skipping)',
    '\\b(1[0-9][0-9]|2[0-9][0-9])\\b ~2 (irregular|bpm|beats)',
  ],
  // A known AF.
  af_known_lay: [
    '(already|have|has|with|known|diagnosed) (got )?(af|afib|a-fib|atrial fibrillation)\\b',
  ],
  // Gliclazide or another sulfonylurea.
  sulfonylurea_named: [
    '(gliclazide|glimepiride|glibenclamide|glipizide|tolbutamide|diamicron|sulfonylureas?|sulphonylureas?)',
  ],
  // A glucose sensor or pump: someone with diabetes.
  glucose_device: [
    '(libre|cgm|dexcom|freestyle libre|omnipod|insulin pump|t ?slim|medtronic pump)',
  ],
  // A maximum heart rate on a watch or an app (exercise, not a rhythm).
  max_hr_said: ['(max|maximum|peak) (hr|heart ?rate|bpm)'],
  // Standing up in lay words ("every time i stand").
  stand_up_lay: [
    '(every time|each time|when|whenever|as soon as|if) (i|he|she|they|you) (stand|stands|get up|gets up|stood|got up|sit up|sits up)',
  ],
  // A man, said as a relation ("husband 58").
  man_relation: [
    '\\b(husband|hubby|boyfriend|dad|father|grandad|granddad|grandpa|uncle|fiance|fiancé|stepdad)\\b',
  ],
};

/** Test results said as positive: only a negation cancels them (lexicon.ts). */
export const DEVICES_CONTEXT: Concepts = {
  // A positive urine strip or test for infection.
  uti_test_positive: [
    '(uti|urine|wee|pee|dip ?stick|urine strip|urine test|test strip) ~4 (positive|nitrites?|leucocytes|leukocytes)',
    'positive (nitrites?|leucocytes|leukocytes|uti test|urine test)',
  ],
  // A positive COVID or flu test at home.
  covid_positive: [
    '(covid|lateral flow|lft|flu) ~3 (positive|\\+ve|came up positive|two lines)',
    'positive (home )?(covid|lateral flow|lft|flu)',
    // "tested positive for covid this morning" (phase 25, stop 46, fresh-triage-p28j jb101).
    '(tested|test|tests|testing|came back|swabbed) positive (for|with) (covid|covid-?19|corona|coronavirus|flu|influenza)',
  ],
};
