// The quality flags' names and what each tells a reader, apart from the tests that set them
// (quality.ts): the views, the schema and the codec need the names, and importing the tests
// would bring the keys of the rows read out of context (out-of-context.json) onto the page that
// lands on Chat (stop 49: 83.3 kB gzip against the 80 kB target, 77.5 kB without them).

export const QUALITY_FLAGS = [
  'duplicate',
  'short-answer',
  'moderator-boilerplate',
  'contains-url',
  'out-of-context',
] as const;
export type QualityFlag = (typeof QUALITY_FLAGS)[number];

export const FLAG_INFO: Record<QualityFlag, { label: string; description: string }> = {
  duplicate: {
    label: 'Duplicate',
    description:
      'The same conversation appears earlier in the dataset; only the first is unflagged.',
  },
  'short-answer': {
    label: 'Very short answer',
    description:
      'The patient asks and the doctor answers in fewer than 30 characters ("Yes", "No", "Yup").',
  },
  'moderator-boilerplate': {
    label: 'Moderator boilerplate',
    description: 'The answer is a forum moderator or bot notice, not medical advice.',
  },
  'contains-url': {
    label: 'Contains a link',
    description: 'The text contains a web address, which may be dead or unsafe.',
  },
  'out-of-context': {
    label: 'Out-of-context follow-up',
    description:
      'The patient side reads like a reply inside a longer thread ("Thank you for the reply…"), so the question the answer addresses is missing.',
  },
};

export function isQualityFlag(value: unknown): value is QualityFlag {
  return (QUALITY_FLAGS as readonly unknown[]).includes(value);
}
