import { describe, expect, it } from 'vitest';
import { triage, type TriageLevel } from '@/lib/safety/triage';

// What the old rules missed, by kind (issue 10), in phrasings written for this test rather
// than taken from the development set: the rules must cover the situation, not a sentence.
const CASES: Record<string, [TriageLevel, string][]> = {
  'stroke told without the word': [
    ['emergency', 'my hand suddenly stopped working and i cant grip anything'],
    ['emergency', 'his words are coming out all jumbled since lunch'],
    ['emergency', 'sudden double vision and i cant walk straight, been sick twice'],
    ['emergency', 'mum is 82 and suddenly doesnt know who we are, came on this afternoon'],
    ['emergency', 'my mother she fall and now she cannot speak and one side not moving'],
  ],
  'the sign itself': [
    ['emergency', 'pain in my chest tearing right through to my back, came on suddenly'],
    ['emergency', 'worst headache ever like i got hit with a bat, now my neck is stiff'],
    ['emergency', "she's been fitting for 8 minutes even after we gave the buccal midazolam"],
    ['emergency', 'asthma attack, blue inhaler doing nothing, can only say 2 or 3 words at a time'],
    ['emergency', "my baby is choking and can't cough or cry"],
  ],
  'suicide and self-harm without those words': [
    ['emergency', 'I have a plan and the means, I wrote letters to everyone'],
    ['emergency', "i don't see the point anymore and i've been collecting pills"],
    ['emergency', 'took 24 paracetamol an hour ago, feel fine'],
    ['emergency', "my flatmate uses heroin and i found him blue and snoring, can't wake him"],
    ['emergency', "he's hearing voices and has a knife, says he has to protect us"],
    [
      'emergency',
      "two weeks after giving birth my sister is talking nonsense and hasn't slept for days",
    ],
    ['emergency', 'I pressed on the cut for 20 minutes but blood keeps soaking through the towel'],
  ],
  'risk context': [
    ['emergency', 'my dad is on warfarin and banged his head on a cupboard'],
    ['emergency', "I'm having chemo and my temp is 38.2"],
    ['emergency', 'my 2 year old chewed a dishwasher pod'],
    ['emergency', 'my toddler swallowed a button battery'],
    ['emergency', '5 day old baby vomiting bright green'],
    ['emergency', "numbness between my legs, weak legs and I haven't peed all day, bad back"],
  ],
  'the same-day tier': [
    ['urgent', 'my calf is swollen, hot and tender, I flew back from Australia last week'],
    ['urgent', 'pee burns and I have a fever of 38.2 and back pain'],
    ['urgent', "I can't bear weight on my foot after I stepped off a curb"],
    ['urgent', "sugars 22 mmol/L all day, no ketones, I'm ok otherwise"],
    ['urgent', 'my right eye is red, painful and blurry since this morning'],
    ['urgent', 'the redness around my cut is spreading up my arm and it is hot'],
    ['urgent', 'my toddler has been vomiting and has had 2 wet nappies today'],
    ['urgent', 'my son has had a fever of 38.5 for 4 days now'],
    ['urgent', 'I am 28 weeks pregnant and the baby is moving less today'],
  ],
  'and the other way': [
    ['routine', 'A&E checked my chest pain yesterday, ECG and bloods were normal, what now?'],
    ['routine', 'my red pee was from beetroot, right?'],
    ['routine', 'what are the signs of a stroke in older people?'],
    ['routine', 'if my baby gets a fever what temperature is too high?'],
    ['routine', 'I had a seizure when I was a child, am I ok to drive?'],
    ['routine', 'this commute is killing me'],
    ['routine', 'my son bumped his head at nursery, he is absolutely fine and playing'],
    ['routine', 'my baby is teething and drooling a lot'],
  ],
};

describe.each(Object.entries(CASES))('%s', (_, cases) => {
  it.each(cases)('%s: %s', (expected, text) => {
    expect(triage(text).level).toBe(expected);
  });
});
