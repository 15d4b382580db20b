// Dangerous twins of clearing readings (phase 13). Two rule rounds of this phase cleared a
// red flag with a reading that was not tied to the symptom: a long course said anywhere in the
// message ("high blood pressure for years"), a named cause of a passing episode ("after my run"),
// "could he have…" read as a question about a condition, occasional palpitations read as
// routine whatever else was said. A review wrote these messages against them; the rounds were
// reverted. Whatever a later round clears, these must keep their level.
import { describe, expect, it } from 'vitest';
import { triage } from '@/lib/safety/triage';

const EMERGENCIES = [
  "My dad has had high blood pressure for years. His left arm is weak and he can't lift it.",
  "My mum has been diabetic for years and now she can't lift her right arm",
  "I've been on warfarin for years and my arm is weak",
  'He has smoked for years. His right arm and leg are weak',
  "I've had diabetes for years, I'm seeing double and vomiting",
  'on blood thinners for years, now seeing double and throwing up',
  'after my run my face drooped and my speech was slurred for a few minutes then it went back to normal',
  'after a few drinks my face drooped and my arm went weak for a few minutes, then fine',
  'after the gym my arm went weak and my face felt numb for a few minutes then fine',
  'I lost the sight in one eye for a few minutes then it was back, after a workout',
  'could my toddler have swallowed a button battery?',
  'might he have swallowed bleach? the bottle was open',
  'could she have eaten some of the rat poison?',
  'could my daughter have drunk some antifreeze?',
  'could he have taken some of my sleeping pills? the bottle is open',
  "my fever has been gone for a week but now I have a stiff neck and a rash that doesn't fade",
];

const SAME_DAY = [
  'occasionally I get palpitations, they last for hours and I feel awful',
  "I'm pregnant and occasionally get palpitations",
  'occasionally I get palpitations, I have a heart condition and an ICD',
  "lost the hearing in my left ear since Monday, I've had diabetes for years",
  "my knee locked since Saturday and won't straighten, I've played football for years",
];

describe('a clearing reading never reaches a red flag it is not about', () => {
  it.each(EMERGENCIES)('reads as an emergency: %s', (text) => {
    expect(triage(text).level).toBe('emergency');
  });

  it.each(SAME_DAY)('reads as same-day or above: %s', (text) => {
    expect(triage(text).level).not.toBe('routine');
  });
});
