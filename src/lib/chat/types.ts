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
}

export interface Conversation {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  messages: ChatMessage[];
}
