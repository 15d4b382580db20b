// scope-episode-dated.ts: which sentences tell an episode of an earlier day that has gone since.
import { describe, expect, it } from 'vitest';
import { episodeDatedOver } from '../../../src/lib/safety/triage/scope-episode-dated';

describe('an episode on an earlier day, gone since', () => {
  it('reads an earlier day with the episode gone in the sentence or the next', () => {
    expect(
      episodeDatedOver('chest pain 2 days ago, sweaty, went away and hasnt come back.', ''),
    ).toBe(true);
    expect(
      episodeDatedOver(
        'yesterday afternoon for about 5 minutes i could not use my right hand.',
        'then it went totally back to normal and i feel fine today.',
      ),
    ).toBe(true);
  });

  it('does not when it is back, still there or hours ago', () => {
    expect(episodeDatedOver('chest pain 2 days ago that went away.', 'now it is back.')).toBe(
      false,
    );
    expect(
      episodeDatedOver(
        '2 days ago my arm went weak, it went back to normal but my face is still droopy.',
        '',
      ),
    ).toBe(false);
    expect(episodeDatedOver('last night crushing chest pain for 30 minutes, went away.', '')).toBe(
      false,
    );
    expect(
      episodeDatedOver('yesterday evening my speech went funny, back to normal now.', ''),
    ).toBe(false);
  });

  it('does not when something was swallowed or taken', () => {
    expect(
      episodeDatedOver('he swallowed a button battery 2 days ago, the crying went away.', ''),
    ).toBe(false);
  });

  it('does not without the episode gone', () => {
    expect(episodeDatedOver('i hit my head 3 days ago.', 'i have a headache.')).toBe(false);
  });
});
