// What screen readers hear when an answer settles: once, as plain text, instead of every
// streamed token. Pure.
import type { ChatMessage } from './types';

/** Markdown to text a screen reader can read: no markers, links as their text. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n?/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/(\*\*|__|~~)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\*(\S(?:.*?\S)?)\*/g, '$1')
    .replace(/(^|[^\w])_(\S(?:.*?\S)?)_(?!\w)/g, '$1$2')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** The polite announcement for a settled answer. */
export function announcementFor(answer: ChatMessage): string {
  if (answer.error) return ''; // the error itself is an alert
  const text = plainText(answer.content);
  if (answer.interrupted) return text ? `Answer stopped: ${text}` : 'Answer stopped.';
  return text ? `Bedside answered: ${text}` : 'Bedside gave an empty answer.';
}
