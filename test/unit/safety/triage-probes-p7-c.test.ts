// Probes for phase 7, area c (abdomen, urine, genitals, diabetes and salts, skin and
// infection, low immunity, bleeding, injuries, back, medicines): 220 messages written from the
// NHS 999 / A&E / 111 lists, NICE CKS red flags and the Manchester discriminators BEFORE the
// triage code was read (source "probe"; first score E 0.733, same-day 0.657, false alarms
// 0.150), then new variants in other words for each kind that was fixed (source "variant").
// Wave 2: 120 messages of kinds the first set did not have, scored before their fixes
// (E 0.508, same-day 0.606, false alarms 0), with variants and routine guards.
// Wave 3: 86 common situations in other styles (typos, dictation, non-native), scored
// before their fixes (E 0.822, same-day 0.923, false alarms 0), with 15 variants and guards.
// Wave 4: 45 long, understated and third-person messages, scored before their fixes (E 0.600,
// same-day 0.700, false alarms 0.133), with 17 variants and guards.
// Wave 5: 38 messages with mg/dL, °F and medicines, scored before their fixes (E 0.833,
// same-day 0.900, false alarms 0), with 5 variants and guards.
// Wave 6: 30 genital, pregnancy, limb and wound situations, scored before their fixes (E 0.667,
// same-day 0.778, false alarms 0), with 7 variants and guards.
// Labels changed after review keep the original in first_label (see the commits).
// A regression guard, NOT an evaluation (that is the blind sets).
// emergency must be emergency; urgent must be urgent or above; routine must be routine.
import { describeProbes, fromLabelled, type LabelledProbe } from './probe-harness';
import PROBES from './probes-p7-c.json' with { type: 'json' };

describeProbes(
  'phase 7 area c triage probes by kind (regression, not evaluation)',
  fromLabelled(PROBES as LabelledProbe[]),
);
