import { describe, expect, it } from 'vitest';
import type { NormalizedDialogue, Turn } from '@/lib/data/normalize';
import { rowFlags, tagQuality } from '@/lib/data/quality';

let n = 0;
function qa(
  question: string,
  answer: string,
  more: Partial<NormalizedDialogue> = {},
): NormalizedDialogue {
  return dialogue(
    [
      { role: 'patient', text: question },
      { role: 'doctor', text: answer },
    ],
    more,
  );
}
function dialogue(turns: Turn[], more: Partial<NormalizedDialogue> = {}): NormalizedDialogue {
  n += 1;
  return {
    id: `t-${n}`,
    dataset: 't',
    index: n,
    description: '',
    turns,
    segment: 'askdocs',
    source: { file: 'f', row: n },
    ...more,
  };
}

const answer = 'Please see your GP this week and ask about an iron panel.';

describe('quality flags on hand-written rows', () => {
  it('leaves an ordinary question and answer unflagged', () => {
    expect(rowFlags(qa('I have had a cough for three weeks, should I worry?', answer))).toEqual([]);
  });

  it('flags very short answers ("Yes", "No", "Yup") but not short clinic turns that open with the doctor', () => {
    expect(rowFlags(qa('Is ibuprofen safe with covid?', 'No'))).toEqual(['short-answer']);
    expect(rowFlags(qa('Is this normal?', 'Yes, totally fine.'))).toEqual(['short-answer']);
    const clinic = dialogue([
      { role: 'doctor', text: 'Any allergies?' },
      { role: 'patient', text: 'No.' },
    ]);
    expect(rowFlags(clinic)).toEqual([]);
  });

  it('flags subreddit moderator boilerplate', () => {
    const mod =
      'Posts by unflaired users that claim legitimacy by virtue of professional medical experience are not allowed.';
    expect(rowFlags(qa('My mother is confused after surgery, what can it be?', mod))).toContain(
      'moderator-boilerplate',
    );
    expect(
      rowFlags(
        qa(
          'Is it safe to drink bleach against covid?',
          'Removed under rule 7. Please do not post pseudoscience.',
        ),
      ),
    ).toContain('moderator-boilerplate');
  });

  it('flags web addresses in any turn or the description', () => {
    expect(rowFlags(qa('Photo here: https://imgur.com/a/xyz what is this rash?', answer))).toEqual([
      'contains-url',
    ]);
    expect(
      rowFlags(qa('What is this rash?', 'See www.nhs.uk for eczema advice, then your GP.')),
    ).toEqual(['contains-url']);
    expect(rowFlags(qa('What is this?', answer, { description: 'see http://x.org' }))).toEqual([
      'contains-url',
    ]);
    // Naming a site is not a link.
    expect(rowFlags(qa('Post it as an imgur.com link?', answer))).toEqual([]);
  });

  it('flags follow-up comments taken out of their thread', () => {
    for (const q of [
      'Yes I just peed in a cup both times. How should urine be collected?',
      'Thank you for the very helpful reply! Is it the same for kids?',
      'Not the OP but my dad had the same thing last year.',
      'What about having 57% lymphocytes? Is that ok too?',
      'thank you. my doctor told me after taking an x-ray that i have pneumonia.',
    ]) {
      expect(rowFlags(qa(q, answer)), q).toContain('out-of-context');
    }
    for (const q of [
      'Sorry in advance for the long post! My son has had trouble with bowel training.',
      'Doctor, I am experiencing a sudden and frequent panic attack.',
      'My daughter (F, 18) has been feeling poorly for 6-8 months.',
    ]) {
      expect(rowFlags(qa(q, answer)), q).not.toContain('out-of-context');
    }
  });

  it('flags the second and later copies of a conversation as duplicates, across case and spacing', () => {
    const rows = [
      qa('Can I take paracetamol?', 'Yes, up to 4 g a day for adults.'),
      qa('Can I take  PARACETAMOL?', 'yes, up to 4 g a day for adults.'),
      qa('Can I take paracetamol?', 'Ask your pharmacist about your other medicines.'),
      qa('can i take paracetamol?', 'Yes, up to 4 g a day for adults.'),
    ];
    expect(tagQuality(rows)).toEqual([[], ['duplicate'], [], ['duplicate']]);
  });

  it('combines flags on one row', () => {
    const [flags] = tagQuality([qa('Thanks for the reply! see https://x.y/z', 'Yup')]);
    expect(flags).toEqual(['short-answer', 'contains-url', 'out-of-context']);
  });
});
