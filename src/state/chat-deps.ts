// What ChatState is built with: the seams createApp fills and the tests fake, and the
// defaults of the answer pipeline's.
import { newId, type ConversationStore } from '../lib/chat/conversations';
import type { AnswerDeps } from '../lib/chat/pipeline/answer';
import type { ChatEngine, Retrieve } from '../lib/chat/pipeline/types';
import { recordPipeline } from '../lib/chat/timing';
import type { ChatMessage } from '../lib/chat/types';
import type { Triage } from '../lib/safety/triage';

export type ChatStore = Pick<
  ConversationStore,
  'listAll' | 'put' | 'saveMessages' | 'rename' | 'delete' | 'deleteDamaged' | 'importConversations'
>;

export interface ChatStateDeps extends Partial<Omit<AnswerDeps, 'engine' | 'retrieve'>> {
  /** The engine runtime in the app (EngineRuntime). */
  engine: ChatEngine;
  /** The one retrieval policy (createApp), shared with the Benchmark. */
  retrieve: Retrieve;
  /** Default: the IndexedDB store. */
  store?: ChatStore;
  /**
   * Shows a conversation's address without a new history entry, when this state changes the
   * conversation on screen itself (a first send, New, a deletion). Default: nothing.
   */
  navigate?: (conversationId: string | null) => void;
  triage?: (text: string) => Triage;
  /** Called once per answer when it is complete, stopped or failed. */
  onSettled?: (answer: ChatMessage) => void;
}

/** What each answer's pipeline runs with: the given seams, the browser's clocks otherwise. */
export function answerDeps(deps: ChatStateDeps): AnswerDeps {
  return {
    engine: deps.engine,
    retrieve: deps.retrieve,
    clock: deps.clock ?? (() => performance.now()),
    now: deps.now ?? Date.now,
    newId: deps.newId ?? newId,
    saveEveryMs: deps.saveEveryMs ?? 1000,
    onTimings: deps.onTimings ?? recordPipeline,
  };
}
