// Banner wording for the emergency flags: a label naming what was noticed (never a diagnosis
// stated as certain) and advice saying what to do now. Facts from the NHS "call 999" and
// "go to A&E" lists, NICE and Resuscitation Council UK first aid; the wording is ours.

import type { FlagDef } from './flag-types';

export const CALL_NOW = 'Call your local emergency number now (911 / 112 / 999)';

const e = (id: string, domain: string, label: string, advice: string): FlagDef => ({
  id,
  level: 'emergency',
  domain,
  label,
  advice,
});

export const EMERGENCY_FLAGS: readonly FlagDef[] = [
  e(
    'chest-pain-red-flags',
    'heart',
    'Chest pain with warning signs',
    `${CALL_NOW}. Chest pain that is severe, spreads to the arm, jaw, neck or back, or comes with sweating, breathlessness, nausea or light-headedness can be a sign of a heart attack. Do not drive yourself; sit down and rest while you wait.`,
  ),
  e(
    'heart-rhythm-red-flags',
    'heart',
    'Racing heart or fainting with warning signs',
    `${CALL_NOW}. A very fast or irregular heartbeat with fainting, chest pain or breathlessness, fainting during exercise, or shocks from an implanted defibrillator need emergency care. Sit or lie down while you wait.`,
  ),
  e(
    'tearing-pain',
    'heart',
    'Sudden tearing pain in the chest, back or belly',
    `${CALL_NOW}. Sudden severe pain that tears or goes through to the back, especially with fainting or a known aneurysm, can come from the body's main artery. Lie still while you wait.`,
  ),
  e(
    'stroke-signs',
    'brain',
    'Possible stroke signs',
    `${CALL_NOW}. A drooping face, weakness or numbness on one side, slurred or jumbled speech, sudden loss of vision or balance, or sudden confusion can be a stroke — even if it has passed. Note the time the symptoms started; do not wait to see if they pass.`,
  ),
  e(
    'sudden-severe-headache',
    'headache',
    'A sudden, very severe headache',
    `${CALL_NOW}. A headache that reaches its worst within seconds or minutes ("thunderclap"), or is the worst ever, can be a sign of bleeding in or around the brain.`,
  ),
  e(
    'headache-red-flags',
    'headache',
    'Severe headache with warning signs',
    `${CALL_NOW}. A severe headache with confusion, drowsiness, a fit, a stiff neck, or vomiting with dislike of light needs emergency care.`,
  ),
  e(
    'anaphylaxis',
    'allergy',
    'Possible severe allergic reaction',
    'Use an adrenaline (epinephrine) auto-injector now if one is available, then call your local emergency number (911 / 112 / 999). Lie down with your legs raised, or sit up if breathing is hard. A second dose can be given after 5 minutes if there is no improvement.',
  ),
  e(
    'breathing-severe',
    'breathing',
    'Severe difficulty breathing',
    `${CALL_NOW}. Sit upright and loosen tight clothing. If you have a reliever inhaler that was prescribed to you, use it as directed while you wait.`,
  ),
  e(
    'airway-blocked',
    'breathing',
    'Choking or a blocked airway',
    `${CALL_NOW}. If someone is choking and cannot cough, cry or breathe, give up to 5 back blows, then up to 5 abdominal thrusts (chest thrusts for a baby under 1); start CPR if they stop responding. If they cannot swallow their own saliva, keep them sitting upright and do not look in their throat.`,
  ),
  e(
    'low-oxygen',
    'breathing',
    'Low oxygen reading',
    `${CALL_NOW}. An oxygen saturation below 92% at rest needs urgent care. Check the reading again with warm hands and sitting still, but do not delay getting help if you feel breathless.`,
  ),
  e(
    'possible-clot-lung',
    'clot',
    'Breathlessness or chest pain with signs of a clot',
    `${CALL_NOW}. Sudden breathlessness, pain on breathing in, coughing blood or fainting after a long journey, an operation, a birth or a plaster cast, or with a swollen calf, can be a blood clot in the lung.`,
  ),
  e(
    'suicide-risk',
    'mind',
    'Thoughts of suicide or self-harm',
    'You deserve support right now. If you might act on these thoughts or are in danger, call your local emergency number (911 / 112 / 999). You can call or text 988 in the US, or your local crisis line, at any time. If you can, stay with someone you trust and move away from anything you could use to hurt yourself.',
  ),
  e(
    'someone-in-danger',
    'general',
    'Someone may be in danger right now',
    'If a child or an adult is in danger now, call your local emergency number (911 / 112 / 999) and ask for the police. Do not put yourself at risk; if it is safe, stay nearby and tell them what you can see and hear.',
  ),
  e(
    'mental-health-danger',
    'mind',
    'Someone may be in danger in a mental health crisis',
    'If anyone is in immediate danger, call your local emergency number (911 / 112 / 999). Hearing voices or strong fears together with a weapon or threats, or new strange beliefs and no sleep in the weeks after a birth, need help now from emergency services or a crisis team. Stay with them if it is safe, and keep away from weapons.',
  ),
  e(
    'overdose-poisoning',
    'poison',
    'Possible overdose or poisoning',
    `${CALL_NOW}, or a poison control centre (in the US 1-800-222-1222). An overdose can be serious even when there are no symptoms yet (paracetamol especially). Keep the packaging to show them. Do not try to make the person vomit.`,
  ),
  e(
    'swallowed-hazard',
    'poison',
    'Swallowed a battery, magnets or a corrosive product',
    `${CALL_NOW}, or go to an emergency department now, even if they seem well: a button battery or magnets can damage the gut within hours, and cleaning products can burn the mouth and throat. Do not make them vomit; keep the packaging.`,
  ),
  e(
    'severe-bleeding',
    'bleeding',
    'Severe bleeding, or vomiting or coughing up blood',
    `${CALL_NOW}. For a wound, press firmly on it with a clean cloth and keep pressing until help arrives. For a nosebleed, lean forward and pinch the soft part of the nose.`,
  ),
  e(
    'infant-fever',
    'child',
    'Fever in a baby under 3 months',
    'A fever (38 °C / 100.4 °F or higher) in a baby under 3 months needs a doctor straight away: call your local emergency number (911 / 112 / 999) or go to an emergency department now.',
  ),
  e(
    'child-red-flags',
    'child',
    'A child with serious warning signs',
    `${CALL_NOW}. A child who is floppy, hard to wake, pale, blue or mottled, grunting or working hard to breathe, has a bulging soft spot, green vomit, a rash that does not fade under a glass, or a weak, high-pitched cry needs emergency care.`,
  ),
  e(
    'unresponsive',
    'consciousness',
    'Unresponsive, hard to wake or not breathing',
    `${CALL_NOW}. Check whether they are breathing normally; if not, start CPR if you can — the dispatcher will talk you through it. If they are breathing, turn them on their side.`,
  ),
  e(
    'confusion-drowsy',
    'consciousness',
    'Sudden confusion or hard to keep awake',
    `${CALL_NOW}. New confusion, or being unable to stay awake, needs emergency care.`,
  ),
  e(
    'seizure-prolonged',
    'seizure',
    'Long, repeated or first seizure',
    `${CALL_NOW}: a seizure lasting more than 5 minutes, seizures one after another, a first-ever seizure, or not waking up afterwards need emergency care. Move hard objects away, do not put anything in their mouth, and turn them on their side when the jerking stops.`,
  ),
  e(
    'meningitis-signs',
    'infection',
    'Fever with a stiff neck, or a rash that does not fade',
    `${CALL_NOW} or go to an emergency department. A fever with a stiff neck or dislike of light, or a rash that does not fade when a glass is pressed on it, must be checked straight away.`,
  ),
  e(
    'sepsis-signs',
    'infection',
    'Infection with possible signs of sepsis',
    `${CALL_NOW}. An infection or fever with confusion or slurred speech, fast breathing, a racing heart, mottled, blue or very pale skin, passing no urine, shivering that will not stop or feeling you might die can be sepsis, which needs emergency treatment.`,
  ),
  e(
    'fever-on-chemotherapy',
    'infection',
    'Fever or feeling unwell during cancer treatment',
    'Call the 24-hour number your cancer team gave you now, or your local emergency number (911 / 112 / 999) if you cannot reach them: a temperature of 37.5–38 °C or more, shivering or feeling unwell during chemotherapy needs checking within the hour. Do not wait until morning.',
  ),
  e(
    'very-unwell',
    'general',
    'Very unwell with warning signs',
    `${CALL_NOW}. Someone who is grey or very pale and clammy, breathing fast, feels they might be dying or is getting rapidly worse needs emergency care.`,
  ),
  e(
    'head-injury-red-flags',
    'head-injury',
    'Head injury with warning signs',
    `${CALL_NOW}. After a head injury, passing out, vomiting, confusion, drowsiness, a seizure, clear fluid from the nose or ears, or taking blood thinners need emergency care.`,
  ),
  e(
    'serious-injury',
    'injury',
    'A serious injury',
    `${CALL_NOW}. A stab wound, a bone through the skin, a limb that is pale, cold or numb below an injury, a large or deep burn, a mains electric shock, a fall with a long time on the floor, or a high-speed accident with pain in the neck, chest or belly need emergency care. Press on any bleeding; do not move someone with a neck injury unless they are in danger.`,
  ),
  e(
    'medicine-reaction-severe',
    'medicine-reaction',
    'A dangerous reaction to a medicine',
    `${CALL_NOW}. A high temperature with stiff muscles, sweating or confusion in someone on an antipsychotic (even one given as an injection) can be a rare, dangerous reaction that needs hospital care at once. Take the medicines, or a list of them, with you.`,
  ),
  e(
    'temperature-emergency',
    'temperature',
    'Overheated or very cold, with confusion',
    `${CALL_NOW}. Heatstroke (hot skin, no sweating, confusion, 40 °C or more) and hypothermia (very cold, drowsy or confused) need emergency care. Move them somewhere cooler — or warmer — while you wait.`,
  ),
  e(
    'diabetes-emergency',
    'diabetes',
    'Very high or very low blood sugar with warning signs',
    `${CALL_NOW}. High blood sugar with ketones, vomiting, deep or fast breathing or drowsiness can be diabetic ketoacidosis; low blood sugar with confusion or drowsiness needs treating now. Give a sugary drink for a low only if they are awake and can swallow.`,
  ),
  e(
    'adrenal-crisis',
    'hormone',
    'Possible adrenal crisis',
    `${CALL_NOW}. If you rely on steroid tablets (Addison's disease, adrenal insufficiency) and are vomiting, cannot keep them down or feel faint, use your emergency hydrocortisone injection if you have one.`,
  ),
  e(
    'abdominal-emergency',
    'abdomen',
    'Severe belly pain with warning signs',
    `${CALL_NOW} or go to an emergency department. A rigid or swollen belly, severe pain with vomiting or fainting, green or brown vomit, no wind passing, or a hernia that has gone hard and will not go back needs emergency care. Do not eat or drink until you have been checked.`,
  ),
  e(
    'urinary-retention',
    'urinary',
    'Unable to pass urine',
    `${CALL_NOW} or go to an emergency department now: being unable to pass urine, with a painful or swollen bladder, needs a catheter soon.`,
  ),
  e(
    'pregnancy-emergency',
    'pregnancy',
    'Warning sign in pregnancy or after a birth that needs help now',
    `${CALL_NOW}, then your maternity unit. Heavy bleeding, severe or constant belly pain, a fit, a severe headache with vision changes or swelling, the cord coming out, the baby not moving, or breathlessness, chest pain or a high fever after a birth need emergency care.`,
  ),
  e(
    'kidney-emergency',
    'urinary',
    'Kidney problem that needs help now',
    `${CALL_NOW} or go to an emergency department: passing little or no urine with swelling or breathlessness, a missed dialysis session with weakness or palpitations, or kidney pain with a high fever and shivering need emergency care.`,
  ),
  e(
    'withdrawal-danger',
    'poison',
    'Severe alcohol withdrawal',
    `${CALL_NOW}. Shaking, sweating, confusion or seeing things after stopping heavy drinking can be delirium tremens, and fits can follow. Do not leave the person alone.`,
  ),
  e(
    'foreskin-stuck',
    'genital',
    'Foreskin stuck back and swelling',
    'Go to an emergency department now, or call your local emergency number (911 / 112 / 999): a foreskin that is stuck behind the head of the penis and swelling needs treatment within hours.',
  ),
  e(
    'testicle-pain-sudden',
    'genital',
    'Sudden testicle pain',
    'Go to an emergency department now or call your local emergency number (911 / 112 / 999): sudden, severe pain in a testicle can be a twisted testicle, which needs surgery within hours.',
  ),
  e(
    'priapism',
    'genital',
    'An erection lasting over 4 hours',
    'Go to an emergency department now, or call your local emergency number (911 / 112 / 999): an erection lasting more than 4 hours needs emergency treatment to prevent lasting damage.',
  ),
  e(
    'limb-blood-supply',
    'vascular',
    'A cold, pale or numb limb',
    `${CALL_NOW}. A leg, arm, hand or foot that suddenly turns cold, pale or blue, goes numb or will not move can mean its blood supply is blocked.`,
  ),
  e(
    'spinal-cord-warning',
    'back',
    'Back pain with nerve warning signs',
    'Go to an emergency department now, or call your local emergency number (911 / 112 / 999): back pain with numbness around the bottom or genitals, new trouble passing urine or controlling the bladder or bowel, or weakness in both legs needs emergency assessment today.',
  ),
  e(
    'eye-emergency',
    'eye',
    'Eye emergency',
    'Go to an emergency department or eye casualty now, or call your local emergency number (911 / 112 / 999). For a chemical in the eye, rinse it with clean running water for at least 15 minutes first. A painful red eye with blurred vision, haloes or vomiting, or an eye injury with double or lost vision needs emergency care.',
  ),
  e(
    'skin-emergency',
    'skin',
    'Blistering or peeling skin',
    `${CALL_NOW}. Skin that blisters or peels in sheets, with sores in the mouth or eyes, often after a new medicine, needs emergency care.`,
  ),
  e(
    'hot-joint-fever',
    'joint',
    'A hot, swollen joint with fever',
    'Go to an emergency department today, or call your local emergency number (911 / 112 / 999) if you feel very unwell: a hot, swollen joint with fever, or in a joint replacement, can be an infection that damages the joint quickly.',
  ),
  e(
    'spreading-face-neck-swelling',
    'ent',
    'A tooth or face swelling spreading to the eye or neck',
    `Go to an emergency department now. ${CALL_NOW} if breathing or swallowing is hard. Swelling from a tooth, gum or eyelid infection that reaches the eye or spreads down the neck, or with pain moving the eye or double vision, needs hospital treatment today.`,
  ),
];
