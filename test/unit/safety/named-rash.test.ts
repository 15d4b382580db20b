// A rash "that won't go away" is read as one that does not fade under a glass (a sign of
// meningococcal sepsis), which is what a worried parent often means. A named everyday rash that
// lasts ("nappy rash that won't go away") is not: it read as an emergency and withheld similar
// cases for a routine question (phase 14, retrieval set P). Any other rash said not to go away,
// a purple or glass-tested one, or one with a fever, keeps its level.
import { describe, expect, it } from 'vitest';
import { triage } from '@/lib/safety/triage';

const ROUTINE = [
  "My baby (6 months) has nappy rash that won't go away, red spots in the folds",
  'heat rash that wont go away on my toddler',
  "razor rash on my neck that won't go away, what cream?",
];

const EMERGENCIES = [
  "my baby has a rash that won't go away",
  "my baby's nappy rash has purple spots that dont fade under a glass",
  'nappy rash wont go away, now tiny purple dots on his tummy too',
  "fever and spots that won't go away on my 4 month old",
  'rash wont go away with the glass test',
  "my son has a fever and a rash that won't go away",
  "nappy rash that won't go away, he has a fever and is floppy",
];

describe('a named everyday rash that lasts', () => {
  it.each(ROUTINE)('is not read as a rash that does not fade: %s', (text) => {
    expect(triage(text).level).toBe('routine');
  });
  it.each(EMERGENCIES)('any other rash that does not go away stays an emergency: %s', (text) => {
    expect(triage(text).level).toBe('emergency');
  });
});
