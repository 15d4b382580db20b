// Marks the matched words in a text as parts ({ text, mark }) for the view to render as
// text and <mark> elements: never HTML, so nothing in the data can inject markup.
import type { Dialogue } from '../data/normalize';
import { processTerm, WORD } from './terms';

export interface TextPart {
  text: string;
  mark: boolean;
}

/** Splits `text` into parts, marking every word whose search term is in `terms`. */
export function highlight(text: string, terms: Iterable<string>): TextPart[] {
  const wanted = new Set(terms);
  if (wanted.size === 0 || text === '') return text ? [{ text, mark: false }] : [];
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const term = processTerm(m[0]);
    if (term === null || !wanted.has(term)) continue;
    const at = m.index;
    if (at > last) parts.push({ text: text.slice(last, at), mark: false });
    parts.push({ text: m[0], mark: true });
    last = at + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}

/** True when any part is marked. */
export function hasMark(parts: readonly TextPart[]): boolean {
  return parts.some((p) => p.mark);
}

/**
 * A window of about `max` characters around the first marked word (whole words, with
 * ellipses where text was cut); the start of the text when nothing is marked.
 */
export function excerpt(parts: readonly TextPart[], max = 220): TextPart[] {
  const full = parts.map((p) => p.text).join('');
  if (full.length <= max) return [...parts];
  let offset = 0;
  let firstMark = -1;
  for (const p of parts) {
    if (p.mark) {
      firstMark = offset;
      break;
    }
    offset += p.text.length;
  }
  let start = firstMark <= 0 ? 0 : Math.max(0, firstMark - Math.floor(max / 3));
  if (start > 0) {
    const space = full.indexOf(' ', start);
    start = space === -1 || space > firstMark ? start : space + 1;
  }
  let end = Math.min(full.length, start + max);
  if (end < full.length) {
    const space = full.lastIndexOf(' ', end);
    if (space > start + max / 2) end = space;
  }
  const out: TextPart[] = [];
  let at = 0;
  for (const p of parts) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + p.text.length);
    if (from < to) out.push({ text: p.text.slice(from - at, to - at), mark: p.mark });
    at += p.text.length;
  }
  if (start > 0) out.unshift({ text: '…', mark: false });
  if (end < full.length) out.push({ text: '…', mark: false });
  return out;
}

/** The title of a dialogue in a list: its description, or else its first turn. */
export function dialogueTitle(d: Pick<Dialogue, 'description' | 'turns'>): string {
  return d.description || d.turns[0]?.text || '';
}

/**
 * The best excerpt of a dialogue for a result list: the first of description and turns that
 * contains a matched term, highlighted; the start of the conversation when none does.
 */
export function dialogueExcerpt(
  d: Pick<Dialogue, 'description' | 'turns'>,
  terms: readonly string[],
  max = 220,
): { where: 'description' | 'patient' | 'doctor'; parts: TextPart[] } {
  const candidates: { where: 'description' | 'patient' | 'doctor'; text: string }[] = [
    ...(d.description ? [{ where: 'description' as const, text: d.description }] : []),
    ...d.turns.map((t) => ({ where: t.role, text: t.text })),
  ];
  for (const c of candidates) {
    const parts = highlight(c.text, terms);
    if (hasMark(parts)) return { where: c.where, parts: excerpt(parts, max) };
  }
  const first = d.turns[0];
  return {
    where: first?.role ?? 'patient',
    parts: excerpt([{ text: first?.text ?? '', mark: false }], max),
  };
}

/**
 * What a result list shows of a dialogue: its title, and an excerpt of another part of it
 * (the first that matched, else the start of the rest), both highlighted.
 */
export function resultParts(
  d: Pick<Dialogue, 'description' | 'turns'>,
  terms: readonly string[],
  max = 200,
): { title: TextPart[]; where: 'description' | 'patient' | 'doctor'; excerpt: TextPart[] } {
  const titleText = dialogueTitle(d);
  const rest = {
    description: d.description === titleText ? '' : d.description,
    turns: d.turns.filter((t, i) => !(i === 0 && t.text === titleText)),
  };
  const body = rest.turns.length > 0 || rest.description ? dialogueExcerpt(rest, terms, max) : null;
  return {
    title: excerpt(highlight(titleText, terms), 140),
    where: body?.where ?? 'patient',
    excerpt: body?.parts ?? [],
  };
}
