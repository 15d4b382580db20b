// The shapes a conversation is made of, shared by the prompt builder, the conversation store,
// export/import and the Chat view.
import type { GenerationStats } from '../engine/engine';
import type { Triage } from '../safety/triage';

/** A reference case shown under an answer: enough to cite it without loading the dialogue. */
export interface CaseRef {
  id: string;
  dataset: string;
  segment: string;
  flags: string[];
  description: string;
  /** Which exchange of the dialogue (0-based: one patient turn and the reply) was used. */
  exchange?: number;
  /** The part of the dialogue the model was shown, as it was shown. */
  excerpt?: string;
}

/**
 * A similar case found for a message (src/lib/chat/retrieval.ts), ready for the prompt: `text`
 * is what the model sees ("Patient: …\nDoctor: …"), and the rest cites and links it.
 */
export interface RetrievedCase {
  /** The whole dialogue's id, for the link to the Dataset view. */
  dialogueId: string;
  text: string;
  dataset: string;
  segment: string;
  flags: string[];
  /** A short title for the list under the answer. */
  description: string;
  /** Which exchange of the dialogue matched (0-based). */
  exchange: number;
  /** Retrieval score (higher is more similar); comparable within one query only. */
  score: number;
}

export interface ChatMessage {
  id: string;
  role: 'user' | 'assistant';
  content: string;
  createdAt: number;
  /** User messages: the red-flag check that ran before the model. */
  triage?: Triage;
  /** Assistant messages: the dataset dialogues the answer was grounded on. */
  cases?: CaseRef[];
  modelId?: string;
  stats?: GenerationStats;
  /** The reader pressed stop: the answer is partial. */
  interrupted?: boolean;
  /** The engine failed; the text says why. */
  error?: string;
  /** The answer reached the length limit before the model finished. */
  truncated?: boolean;
  /** Older turns left out of the model's context for this answer (absent when none). */
  droppedTurns?: number;
  /** Why no similar cases could be looked up (e.g. the dataset failed to import). */
  casesUnavailable?: string;
  /**
   * Assistant messages: what was cut from the prompt to fit the model's window or to start
   * answering in time on this device, in one sentence for under the answer (absent: nothing).
   */
  trimNote?: string;
  /** Seconds from the question to the first word of the answer on screen, everything included. */
  firstWordS?: number;
  /** Seconds of that wait spent loading (or downloading) the model; absent when it was loaded. */
  modelLoadS?: number;
}

export interface Conversation {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  messages: ChatMessage[];
}
