// Unicode bidirectional controls: invisible characters that reorder the text around them, so
// that "invoice<U+202E>fdp.exe" shows as "invoiceexe.pdf" (CVE-2021-42574, "Trojan Source"). They
// have no business in a conversation title, a file name or a link target, where a reader
// decides what something is by how it looks. Message text keeps them: right-to-left writing
// uses the marks legitimately, and a message's text is never read as a name. Pure.

/**
 * U+202A–U+202E (embeddings and overrides), U+2066–U+2069 (isolates), U+200E/U+200F (LTR/RTL
 * marks), U+061C (Arabic letter mark).
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g');
/** Control characters, zero-width spaces and joiners, the byte-order mark. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001F\u007F\u200B-\u200D\uFEFF]/;

export function hasBidiControls(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/** The text without its bidirectional controls (titles, file names). */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * The text with each bidirectional control shown as its code point, e.g. "report[U+202E]fdp",
 * for a place where the reader should see that something was hidden (a file name in a message).
 */
export function revealBidiControls(text: string): string {
  return text.replace(
    BIDI_CONTROLS,
    (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`,
  );
}

/**
 * A link target that may be followed, or null: one with bidirectional controls (or any other
 * invisible formatting character that can disguise where it goes) is refused, not repaired,
 * since the address a reader saw is not the one the browser would open.
 */
export function safeLinkTarget(href: string): string | null {
  return BIDI_CONTROL.test(href) || INVISIBLE.test(href) ? null : href;
}
