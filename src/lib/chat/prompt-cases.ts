// Reference cases as the model sees them: a heading and the exchange, each speaker's part clipped,
// and the most cases that fit a token room (shortened first, then the weakest left out). Pure.
import type { PromptCase } from './prompt';

/** The shortest a case's patient and doctor parts are cut to before cases are left out. */
export const CASE_CLIPS = [400, 250, 150];

/**
 * A deliberately pessimistic token estimate: English BPE tokenizers average about four
 * characters a token; medical words, numbers and non-ASCII run shorter, so count three.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3);
}

function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A case's text ("Patient: …\nDoctor: …") with each speaker's part clipped to `maxChars`. A
 * clinic snippet's many turns ("Doctor: …\nPatient: …\nDoctor: …", 14 at the median) keep as
 * many whole turns, in order, as fit the room of one patient and one doctor part (2 ×
 * `maxChars`), then "…": a snippet costs the prompt no more than a forum exchange.
 */
export function clipCase(text: string, maxChars: number): string {
  const parts = text.split(/\n(?=(?:Patient|Doctor): )/).map((part) => {
    const m = /^(Patient|Doctor): ([\s\S]*)$/.exec(part);
    return m ? `${m[1]}: ${clip(m[2]!, maxChars)}` : clip(part, maxChars);
  });
  if (parts.length <= 2) return parts.join('\n');
  const kept: string[] = [];
  let used = 0;
  for (const part of parts) {
    if (kept.length >= 2 && used + part.length > 2 * maxChars) {
      kept.push('…');
      break;
    }
    kept.push(part);
    used += part.length + 1;
  }
  return kept.join('\n');
}

/** One reference case as the model sees it: a heading, then the exchange, clipped. */
export function formatCase(c: PromptCase, index: number, maxChars: number): string {
  return `Case ${index + 1} (${c.dataset}, ${c.segment}):\n${clipCase(c.text, maxChars)}`;
}

export interface CasePick {
  texts: string[];
  used: { dialogueId: string; excerpt: string }[];
  shrunk: number;
  tokens: number;
}

/** The most cases, best first, within `room` tokens: shortened first, then the weakest left out. */
export function pickCases(cases: readonly PromptCase[], room: number, maxChars: number): CasePick {
  const clips = [...new Set([maxChars, ...CASE_CLIPS.filter((c) => c < maxChars)])];
  const at = (chars: number, count: number): CasePick => {
    const pick: CasePick = { texts: [], used: [], shrunk: 0, tokens: 0 };
    for (const c of cases.slice(0, count)) {
      const text = formatCase(c, pick.texts.length, chars);
      const cost = estimateTokens(text) + 2;
      if (pick.tokens + cost > room) break;
      pick.texts.push(text);
      pick.used.push({ dialogueId: c.dialogueId, excerpt: clipCase(c.text, chars) });
      if (chars < maxChars && clipCase(c.text, chars) !== clipCase(c.text, maxChars)) {
        pick.shrunk += 1;
      }
      pick.tokens += cost;
    }
    return pick;
  };
  for (const chars of clips) {
    const pick = at(chars, cases.length);
    if (pick.used.length === cases.length) return pick;
  }
  return at(clips.at(-1)!, cases.length);
}
