// Conversation titles are shown as link text and used in file names, so the two things that
// can disguise or break them are repaired rather than refused: hidden direction controls
// (filename spoofing) and control characters (a title is one line). A title longer than
// MAX_TITLE_CHARS is shortened; an empty one gets a neutral name. Pure.
import { hasBidiControls, stripBidiControls } from '../text/bidi';
import { MAX_TITLE_CHARS } from './limits';

export const UNTITLED = 'Untitled conversation';

// C0 and C1 control characters, including line breaks and tabs.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

export interface RepairedTitle {
  title: string;
  /** What was changed, as phrases ("removed hidden direction-control characters"). */
  repairs: string[];
}

export function repairTitle(raw: string): RepairedTitle {
  const repairs: string[] = [];
  let title = raw;
  if (hasBidiControls(title)) {
    title = stripBidiControls(title);
    repairs.push('removed hidden direction-control characters from the title');
  }
  CONTROL.lastIndex = 0;
  if (CONTROL.test(title)) {
    title = title.replace(CONTROL, ' ');
    repairs.push('replaced line breaks and control characters in the title with spaces');
  }
  if (title.length > MAX_TITLE_CHARS) {
    title = `${title.slice(0, MAX_TITLE_CHARS - 1).trimEnd()}…`;
    repairs.push(`shortened the title to ${MAX_TITLE_CHARS} characters`);
  }
  if (title.trim() === '') {
    title = UNTITLED;
    repairs.push(`named the untitled conversation "${UNTITLED}"`);
  }
  return { title, repairs };
}
