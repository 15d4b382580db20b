import { describe, expect, it } from 'vitest';
import { assemble } from '@/lib/data/assemble';
import type { NormalizedDialogue } from '@/lib/data/normalize';
import {
  repairDialogue,
  restoreBreaks,
  restoreDroppedApostrophes,
  restoreSpacedApostrophes,
  restoreTokenizedText,
} from '@/lib/data/repair';
import { assignSplit } from '@/lib/data/split';
import { fixtureDatasets } from './fixtures';

describe('restoreBreaks (r/AskDocs lost its line breaks)', () => {
  it('separates a title from its body and form fields from each other', () => {
    expect(restoreBreaks('Is this a urinary tract infectionMy daughter (14F) has')).toBe(
      'Is this a urinary tract infection\nMy daughter (14F) has',
    );
    expect(restoreBreaks('Age: 44Sex: MHeight: 6\'3"Weight: 185')).toBe(
      'Age: 44\nSex: MHeight: 6\'3"\nWeight: 185',
    );
    expect(restoreBreaks('Please help.We have been to the clinic,I am lost')).toBe(
      'Please help. We have been to the clinic, I am lost',
    );
    expect(restoreBreaks("so I asked the nurseI've never seen that")).toBe(
      "so I asked the nurse\nI've never seen that",
    );
  });

  it('leaves camel-case names, addresses and ordinary text alone', () => {
    const text =
      'BP 120/80 mmHg, checked on MyChart and my iPhone, saw it on YouTube, McDonald said "Hi" (see https://imgur.com/aBcDef.Jpg).';
    expect(restoreBreaks(text)).toBe(text);
    expect(restoreBreaks('U.S. Army, e.g. the ER. Fine.')).toBe('U.S. Army, e.g. the ER. Fine.');
  });
});

describe('apostrophes', () => {
  it('puts back apostrophes dropped from unambiguous contractions only', () => {
    expect(
      restoreDroppedApostrophes('Ive tried, but Im tired and dont know. Its fine, its ok.'),
    ).toBe("I've tried, but I'm tired and don't know. Its fine, its ok.");
    expect(restoreDroppedApostrophes("I don't and I'm fine")).toBe("I don't and I'm fine");
  });

  it('joins the v1 scrape’s apostrophes that became spaces', () => {
    expect(
      restoreSpacedApostrophes('i m worried, i ve tried, don t know, it s bad, can t sleep'),
    ).toBe("i'm worried, i've tried, don't know, it's bad, can't sleep");
    expect(restoreSpacedApostrophes('vitamin d and p s: 2 m')).toBe('vitamin d and p s: 2 m');
  });
});

describe('restoreTokenizedText (ACI-Bench visits were transcribed tokenized)', () => {
  it('joins punctuation, contractions and "gonna" back to their words', () => {
    expect(restoreTokenizedText('hi , martha . how are you ?')).toBe('hi, martha. how are you?');
    expect(restoreTokenizedText("i do n't know , i ca n't sleep and it wo n't stop !")).toBe(
      "i don't know, i can't sleep and it won't stop!",
    );
    expect(restoreTokenizedText("i'm gon na try , you wan na wait ? i've got ta go")).toBe(
      "i'm gonna try, you wanna wait? i've gotta go",
    );
    expect(restoreTokenizedText('about 50 % better ; it cost $ 40 : fine')).toBe(
      'about 50% better; it cost $40: fine',
    );
  });

  it('leaves a trailing-off ellipsis and ordinary text alone', () => {
    expect(restoreTokenizedText('so , um ... i think')).toBe('so, um ... i think');
    expect(restoreTokenizedText('Gonna see the doctor. Wanna come?')).toBe(
      'Gonna see the doctor. Wanna come?',
    );
  });
});

const dialogue = (segment: string, patient: string, doctor: string, description = '') => ({
  segment,
  description,
  turns: [
    { role: 'patient' as const, text: patient },
    { role: 'doctor' as const, text: doctor },
  ],
});

describe('repairDialogue', () => {
  it('drops the v1 sites’ form prompt and video-chat offer, which are not what anyone said', () => {
    const fixed = repairDialogue(
      dialogue(
        'covid-scrape-2020',
        'hi, may i answer your health queries right now ? please type your query here...i have a cough',
        'in brief: rest. drink fluids. would you like to video or text chat with me?',
        'i m coughing',
      ),
    );
    expect(fixed.turns.map((t) => t.text)).toEqual([
      'i have a cough',
      'in brief: rest. drink fluids.',
    ]);
    expect(fixed.description).toBe("i'm coughing");
  });

  it('repairs only the segments that need it and never leaves a turn empty', () => {
    const clinic = dialogue('clinic-snippet', 'Doctor saidNo', 'OK');
    expect(repairDialogue(clinic)).toBe(clinic);
    const visit = dialogue(
      'roleplayed-visit',
      "i do n't know , doctor .",
      'okay .',
      'Visit for cough',
    );
    expect(repairDialogue(visit).turns.map((t) => t.text)).toEqual([
      "i don't know, doctor.",
      'okay.',
    ]);
    const offerOnly = dialogue(
      'covid-scrape-2020',
      'help',
      'would you like to video or text chat with me?',
    );
    expect(repairDialogue(offerOnly).turns[1]!.text).toBe(
      'would you like to video or text chat with me?',
    );
  });

  it('runs in the build after the split, so a repaired row keeps the split of its source text', async () => {
    const datasets = fixtureDatasets(1);
    const glued: NormalizedDialogue = {
      ...datasets[1]!.dialogues[0]!,
      id: 'v2-9',
      index: 9,
      turns: [
        {
          role: 'patient',
          text: 'Chest pain when breathing inMy son (6) says it hurts, dont know why',
        },
        { role: 'doctor', text: 'Likely a muscle strain.Watch for fever.' },
      ],
    };
    datasets[1]!.dialogues.push(glued);
    const { dialogues } = await assemble(datasets);
    const built = dialogues.find((d) => d.id === 'v2-9')!;
    expect(built.turns.map((t) => t.text)).toEqual([
      "Chest pain when breathing in\nMy son (6) says it hurts, don't know why",
      'Likely a muscle strain. Watch for fever.',
    ]);
    expect(built.split).toBe(assignSplit(glued));
  });
});
