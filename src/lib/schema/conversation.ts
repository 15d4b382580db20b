// The schema of a saved conversation: what an import file carries and what the conversation
// database holds. A record that passes is safe for every view (dates format, lists are lists,
// keys are unique, sizes are bounded); `Same<…>` below fails the type check when this schema
// and the types in src/lib/chat/types.ts drift apart.
import * as v from 'valibot';
import type { GenerationStats } from '../engine/engine';
import type { Triage, TriageFlag } from '../safety/triage';
import type { CaseRef, ChatMessage, Conversation } from '../chat/types';
import {
  MAX_EXCERPT_CHARS,
  MAX_ID_CHARS,
  MAX_LIST_ITEMS,
  MAX_MESSAGE_CHARS,
  MAX_MESSAGES,
  MAX_SHORT_TEXT_CHARS,
} from './limits';
import {
  count0,
  flag,
  id,
  list,
  text,
  time,
  uniqueList,
  uniqueStrings,
  type Same,
} from './primitives';
import { repairTitle } from './title';

export const TriageFlagSchema = v.object(
  {
    id: id('a red-flag id', MAX_ID_CHARS),
    label: text('a red-flag label', MAX_SHORT_TEXT_CHARS),
    advice: text('red-flag advice', MAX_SHORT_TEXT_CHARS),
  },
  'is not an object',
);

export const TriageSchema = v.object(
  {
    level: v.picklist(
      ['emergency', 'urgent', 'routine'],
      'has a red-flag level other than emergency, urgent or routine',
    ),
    flags: uniqueList(TriageFlagSchema, 'red flag', MAX_LIST_ITEMS),
  },
  'has a red-flag check (triage) that is not an object',
);

export const CaseRefSchema = v.object(
  {
    id: id('a case id', MAX_ID_CHARS),
    dataset: text('a dataset name', MAX_ID_CHARS),
    segment: text('a segment name', MAX_ID_CHARS),
    flags: v.pipe(
      list(text('a quality flag', MAX_ID_CHARS), 'quality flag', MAX_LIST_ITEMS),
      uniqueStrings('quality flag'),
    ),
    description: text('a description', MAX_SHORT_TEXT_CHARS),
    exchange: v.optional(count0('exchange number', MAX_MESSAGES)),
    excerpt: v.optional(text('an excerpt', MAX_EXCERPT_CHARS)),
  },
  'is not an object',
);

/**
 * A timing figure. The engine reports NaN when WebLLM gives none, and JSON writes NaN (and
 * Infinity) as null, so null reads back as NaN: an exported answer imports unchanged.
 */
const stat = v.pipe(
  v.union([v.number(), v.nan(), v.null()], 'has invalid timing figures (stats)'),
  v.transform((n) => n ?? NaN),
);

export const GenerationStatsSchema = v.object(
  {
    promptTokens: stat,
    completionTokens: stat,
    timeToFirstTokenS: stat,
    prefillTokensPerS: stat,
    decodeTokensPerS: stat,
    totalS: stat,
  },
  'has timing figures (stats) that are not an object',
);

/** A duration the pipeline measured: a finite number of seconds, not negative. */
function seconds(what: string) {
  return v.pipe(
    v.number(`has an invalid ${what}`),
    v.finite(`has an invalid ${what}`),
    v.minValue(0, `has an invalid ${what}`),
  );
}

export const ChatMessageSchema = v.object(
  {
    id: id('an id', MAX_ID_CHARS),
    role: v.picklist(['user', 'assistant'], 'has a role other than "user" or "assistant"'),
    content: text('content', MAX_MESSAGE_CHARS),
    createdAt: time('date'),
    triage: v.optional(TriageSchema),
    cases: v.optional(uniqueList(CaseRefSchema, 'case', MAX_LIST_ITEMS)),
    modelId: v.optional(text('a model id', MAX_ID_CHARS)),
    stats: v.optional(GenerationStatsSchema),
    interrupted: v.optional(flag('"interrupted" mark')),
    error: v.optional(text('an error text', MAX_SHORT_TEXT_CHARS)),
    truncated: v.optional(flag('"truncated" mark')),
    droppedTurns: v.optional(count0('count of left-out turns', MAX_MESSAGES)),
    casesUnavailable: v.optional(text('a note on missing cases', MAX_SHORT_TEXT_CHARS)),
    trimNote: v.optional(text('a note on what the prompt left out', MAX_SHORT_TEXT_CHARS)),
    firstWordS: v.optional(seconds('time to the first word')),
    modelLoadS: v.optional(seconds('model loading time')),
  },
  'is not an object',
);

/** The latest time in a conversation: its last message's, or its creation. */
function lastActivity(createdAt: number, messages: readonly { createdAt: number }[]): number {
  return messages.reduce((latest, m) => Math.max(latest, m.createdAt), createdAt);
}

/**
 * A conversation. Two repairs, never refusals: the title (title.ts), and a missing
 * `updatedAt`, taken from the last activity (records saved before the field existed, or
 * written by hand, must still be listed).
 */
export const ConversationSchema = v.pipe(
  v.object(
    {
      id: id('an id', MAX_ID_CHARS),
      title: v.pipe(
        v.string('has a title that is not text'),
        v.transform((title) => repairTitle(title).title),
      ),
      createdAt: time('creation date'),
      updatedAt: v.optional(time('last-updated date')),
      messages: uniqueList(ChatMessageSchema, 'message', MAX_MESSAGES),
    },
    'is not an object',
  ),
  v.transform((c) => ({
    ...c,
    updatedAt: c.updatedAt ?? lastActivity(c.createdAt, c.messages),
  })),
);

// The schema and the types the rest of the app uses are one and the same.
const sameFlag: Same<v.InferOutput<typeof TriageFlagSchema>, TriageFlag> = true;
const sameTriage: Same<v.InferOutput<typeof TriageSchema>, Triage> = true;
const sameCase: Same<v.InferOutput<typeof CaseRefSchema>, CaseRef> = true;
const sameStats: Same<v.InferOutput<typeof GenerationStatsSchema>, GenerationStats> = true;
const sameMessage: Same<v.InferOutput<typeof ChatMessageSchema>, ChatMessage> = true;
const sameConversation: Same<v.InferOutput<typeof ConversationSchema>, Conversation> = true;
void [sameFlag, sameTriage, sameCase, sameStats, sameMessage, sameConversation];
