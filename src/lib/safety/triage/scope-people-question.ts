// Data for scope.ts: a question about people in general. "Why do people with diabetes get foot
// ulcers?", "how do kids get glue ear?", "do people on steroids get infections more easily?":
// the condition after it is asked about, even in a message that names the writer or a relative
// ("... my nan had one years ago"), which the general-question test of scope.ts would not
// allow. Read through ABOUT_CUES (scope-cue-lists.ts): what follows within five words is asked
// about (phase 12, test/unit/safety/probes-p12-fa.json). Not "why do I get", "why does my son
// get": a named person is a patient.

const PEOPLE =
  '(?:people|someone|somebody|a person|anyone|kids|children|babies|women|men|adults|teenagers|diabetics|smokers|athletes|runners|patients)';

export const PEOPLE_QUESTION = new RegExp(
  `\\b(?:(?:why|how|when) (?:do|does|did|would|can|could|might) ${PEOPLE}|do ${PEOPLE}|are ${PEOPLE})(?: (?:with|on|who have|who take|taking|having)(?: \\w+){1,3}?)? (?:(?:often|usually|sometimes|commonly|ever|more likely to|still) )?(?:get|have|develop|suffer from|end up with|catch|go on to get|prone to)\\b`,
  'g',
);

/** Cheap guard for PEOPLE_QUESTION. */
export const MAY_BE_PEOPLE_QUESTION =
  /\b(?:people|someone|somebody|person|anyone|kids|children|babies|women|men|adults|teenagers|diabetics|smokers|athletes|runners|patients)\b/;
