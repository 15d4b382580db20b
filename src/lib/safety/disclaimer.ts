// The words the UI shows about what Bedside is and is not. Kept here, as data, so every view
// shows the same text and a reviewer can read it in one place.

import type { Triage, TriageLevel } from './triage';

/** Shown under every answer. */
export const SHORT_DISCLAIMER =
  'Not medical advice. Bedside is an experimental language model that can be wrong and cannot examine you. In an emergency call your local emergency number (911 / 112 / 999).';

/** The longer statement of the model's limits, for the About view and the first-visit notice. */
export const MODEL_LIMITS: readonly string[] = [
  'Bedside is not a doctor and does not diagnose. It cannot examine you, see test results, or know your history beyond what you type, and it may sound confident when it is wrong.',
  'The model is small so that it can run entirely in your browser. Small models make things up more often than large ones: invented drug names, doses, studies and statistics are all possible. Check anything that matters with a pharmacist, nurse or doctor.',
  'The example dialogues it draws on were collected from public websites in 2020 and are mostly about COVID-19 and pneumonia. Medical guidance changes; they may be out of date, and some of them are simply wrong.',
  'A rule-based check reads each message for warning signs (chest pain, stroke signs, breathing trouble, thoughts of suicide and many others) and shows what to do. It does not diagnose. It can miss a warning sign that is phrased in an unusual way. If you feel something is seriously wrong, trust that and get help.',
  'Nothing you type leaves this device: the model, the dialogues and your conversations stay in your browser.',
];

export interface TriageBanner {
  level: TriageLevel;
  /** A short heading: what to do now. */
  title: string;
  /** One or two sentences under the heading. */
  body: string;
  /** ARIA role: an emergency interrupts ("alert"), the others do not ("status"). */
  role: 'alert' | 'status';
}

/** What the banner says for each level, before any flag-specific advice. */
export const TRIAGE_BANNERS: Readonly<Record<TriageLevel, TriageBanner>> = {
  emergency: {
    level: 'emergency',
    title: 'Get emergency help now',
    body: 'What you describe can be a medical emergency. Call your local emergency number (911 / 112 / 999) or go to the nearest emergency department now. Do not wait for an answer here.',
    role: 'alert',
  },
  urgent: {
    level: 'urgent',
    title: 'See a clinician soon',
    body: 'What you describe should be checked by a doctor, nurse line or urgent care today. If it gets worse, call your local emergency number.',
    role: 'status',
  },
  routine: {
    level: 'routine',
    title: 'No warning signs recognised',
    body: 'The check for warning signs found none in your message. It only looks for a few phrases and cannot rule anything out: if you are worried, contact a clinician.',
    role: 'status',
  },
};

/**
 * The banner to show above the answer for a triage result, or null when nothing needs showing
 * (a routine message: the short disclaimer under the answer is enough).
 */
export function bannerFor(result: Triage): (TriageBanner & { advice: string[] }) | null {
  if (result.level === 'routine') return null;
  return { ...TRIAGE_BANNERS[result.level], advice: result.flags.map((f) => f.advice) };
}
