// A schema failure as a sentence a person can act on: the path of the failing value becomes
// "message 2, case 1", and the check's own phrase completes it ("has an invalid date"), so a
// reason reads "conversation 3 ("Chest pain"): message 2 has an invalid date". Pure.
import type * as v from 'valibot';

/** What one item of a list is called, by the name of the list (and of its parent). */
function noun(list: string, parent: string | undefined): string {
  switch (list) {
    case 'messages':
      return 'message';
    case 'cases':
      return 'case';
    case 'turns':
      return 'turn';
    case 'conversations':
      return 'conversation';
    case 'flags':
      return parent === 'triage' ? 'red flag' : 'quality flag';
    default:
      return `item of "${list}"`;
  }
}

/** A value's kind in words: "a number", "a list", "null". */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value === undefined) return 'nothing';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type === 'bigint' ? 'number' : type}`;
}

export interface IssueText {
  /** Where, from the record down: ["message 2", "case 1"]; empty for the record itself. */
  where: string[];
  /** What is wrong, completing "message 2 …": "has an invalid date". */
  problem: string;
}

export function issueText(issue: v.BaseIssue<unknown>): IssueText {
  const keys = (issue.path ?? []).map((item) => item.key);
  const missing =
    issue.kind === 'schema' &&
    issue.type === 'object' &&
    issue.received === 'undefined' &&
    issue.expected?.startsWith('"');
  // A missing key's path ends at the key; the sentence is about its parent.
  const walk = missing ? keys.slice(0, -1) : keys;
  const where: string[] = [];
  const fields: string[] = [];
  for (const [i, key] of walk.entries()) {
    if (typeof key === 'number') {
      const list = walk[i - 1];
      where.push(`${noun(String(list), walk[i - 2] as string | undefined)} ${key + 1}`);
      fields.length = 0;
    } else if (typeof walk[i + 1] !== 'number') {
      fields.push(String(key));
    }
  }
  const parent = issue.path?.[issue.path.length - 1]?.input;
  let problem: string;
  if (missing && Array.isArray(parent)) {
    problem = 'is not an object (found a list)';
  } else if (missing) {
    problem = `has no "${String(keys[keys.length - 1])}"`;
  } else if (issue.message.startsWith('Invalid ')) {
    // A check without a phrase of its own (there should be none): name the field.
    problem = `has an invalid value${fields.length ? ` in "${fields.join('.')}"` : ''}`;
  } else if (issue.message === 'is not an object' || issue.message.endsWith('not a list')) {
    problem = `${issue.message} (found ${kindOf(issue.input)})`;
  } else {
    problem = issue.message;
  }
  return { where, problem };
}

/** "<subject> has …", or "<subject>: message 2 has …" when the problem is inside it. */
export function issueSentence(issue: v.BaseIssue<unknown>, subject: string): string {
  const { where, problem } = issueText(issue);
  return where.length ? `${subject}: ${where.join(', ')} ${problem}` : `${subject} ${problem}`;
}
