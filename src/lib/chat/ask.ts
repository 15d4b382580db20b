// `#/chat?ask=<dialogue id>` (the Dataset view's "Ask about this"): the question the composer
// is prefilled with. Pure.
import type { Dialogue } from '../data/normalize';

const MAX_CHARS = 1500;

function clip(text: string): string {
  const clean = text
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (clean.length <= MAX_CHARS) return clean;
  const cut = clean.slice(0, MAX_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_CHARS * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * A question based on a dataset dialogue. Consultations that open with the patient's question
 * (the online Q&A datasets) give that question; clinic transcripts, which open with the
 * doctor, give their summary, framed as a question about a case like it.
 */
export function askPrompt(dialogue: Dialogue): string {
  const first = dialogue.turns[0];
  if (first?.role === 'patient' && first.text.trim().split(/\s+/).length >= 4) {
    return clip(first.text);
  }
  const summary = dialogue.description.trim() || first?.text.trim() || '';
  if (!summary) return '';
  return clip(
    `About a case like this one: "${summary.replace(/\s+/g, ' ')}". What would you want to know, and what should I watch out for?`,
  );
}
