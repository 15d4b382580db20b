// One answer, as named steps: retrieve → build the prompt → wait for the model → stream →
// settle. The triage ran before (the question carries it, so its banner shows at once); the
// search and the model load start together; the question is saved before a long download;
// the caller's signal stops it in any phase. Framework-free: the Chat state passes a sink that
// shows and saves, and the tests pass fakes.
import type { PipelineTimings } from '../timing';
import type { ChatMessage } from '../types';
import { answerPrompt, groundedAnswer, promptForModel } from './build-prompt';
import { CASES_GRACE_MS, retrievalWithin, startRetrieval } from './retrieve';
import { emptyAnswer, failedAnswer, finishedAnswer } from './settle';
import { throwIfStopped } from './stop';
import { checkpoints, streamAnswer } from './stream';
import type { AnswerPhase, AnswerTiming, ChatEngine, Retrieve } from './types';
import { startModelLoad } from './wait-for-model';

export interface AnswerDeps {
  engine: ChatEngine;
  retrieve: Retrieve;
  /** High-resolution time, for the timings and the save interval. */
  clock: () => number;
  /** Wall-clock time, for createdAt. */
  now: () => number;
  newId: () => string;
  /** A streaming answer is saved at most this often. */
  saveEveryMs: number;
  /** How long the answer waits for its cases once the model is ready (CASES_GRACE_MS). */
  casesGraceMs?: number;
  onTimings?: (timings: PipelineTimings) => void;
}

export interface AnswerRequest {
  /** The conversation up to and including the question to answer. */
  messages: ChatMessage[];
  signal: AbortSignal;
  timing: AnswerTiming;
}

/** What the owner of the conversation does with the answer as it goes. */
export interface AnswerSink {
  /** The answer has begun (still empty): show it under the question. */
  started(answer: ChatMessage): void;
  /** It changed: cases found, text streamed. */
  changed(answer: ChatMessage): void;
  phase(phase: AnswerPhase): void;
  /** It is final (complete, stopped or failed); nothing changes after this. */
  settled(answer: ChatMessage): void;
  /** Saves these messages as the conversation; resolves whether or not the save worked. */
  save(messages: ChatMessage[]): Promise<void>;
}

/** Runs the pipeline for the last question of `request.messages`; resolves to the settled answer. */
export async function runAnswer(
  deps: AnswerDeps,
  request: AnswerRequest,
  sink: AnswerSink,
): Promise<ChatMessage> {
  const { engine, clock } = deps;
  const { messages, signal, timing } = request;
  // The search starts first, so that the worker looks for similar cases while this thread
  // renders the question (and the model loads, when it must).
  const retrieval = startRetrieval(deps.retrieve, messages, clock);
  let answer = emptyAnswer(deps.newId(), deps.now());
  sink.started(answer);
  const question = saveOnce(() => void sink.save(messages));
  const load = startModelLoad(engine, clock);

  try {
    // The cases are worth waiting for while the model loads, and a little after.
    const found = await retrievalWithin(
      retrieval,
      load.model,
      deps.casesGraceMs ?? CASES_GRACE_MS,
      clock,
    );
    if (found.unavailable) answer = { ...answer, casesUnavailable: found.unavailable };
    throwIfStopped(signal);

    const promptFrom = clock();
    // Sized for the model the send will load, at the speeds this device measured with it.
    const speeds = (id?: string) => engine.promptSpeeds?.(id) ?? null;
    let prompt = answerPrompt(messages, found.cases, engine.contextWindow(), speeds());
    const promptMs = clock() - promptFrom;
    answer = groundedAnswer(answer, found.cases, prompt);
    sink.changed(answer);

    const waitFrom = clock();
    sink.phase('loading');
    if (!load.done) question.save(); // a download can take minutes
    const model = await load.model;
    const waitedTo = clock();
    throwIfStopped(signal);
    const window = engine.contextWindow(model.id);
    const fitted = promptForModel(prompt, messages, found.cases, window, speeds(model.id));
    if (fitted !== prompt) answer = groundedAnswer(answer, found.cases, (prompt = fitted));
    answer = { ...answer, modelId: model.id, ...waited(load.seconds) };
    sink.phase('generating');
    deps.onTimings?.({
      kind: timing.kind,
      start: timing.start,
      triageMs: timing.triageMs,
      retrievalMs: found.ms,
      promptMs,
      totalMs: waitFrom - timing.start + (clock() - waitedTo),
      modelWaitMs: waitedTo - waitFrom,
      cases: prompt.caseIds.length,
    });

    const checkpoint = checkpoints(deps.saveEveryMs, clock, (partial) => {
      question.skip(); // this save holds the question too
      void sink.save([...messages, partial]);
    });
    const result = await streamAnswer(engine, prompt, {
      signal,
      onText: (text) => {
        // The wait the person saw: from the question to the first word, the load included.
        if (answer.firstWordS === undefined && text) {
          answer = { ...answer, firstWordS: (clock() - timing.start) / 1000 };
        }
        answer = { ...answer, content: text };
        sink.changed(answer);
        checkpoint(answer);
      },
      onStarted: () => question.save(),
    });
    answer = finishedAnswer(answer, result);
  } catch (error) {
    answer = failedAnswer(answer, error);
  }
  sink.settled(answer);
  await sink.save([...messages, answer]);
  return answer;
}

/** What the answer records of the model load it waited for (nothing when none). */
function waited(seconds: number | null): Pick<ChatMessage, 'modelLoadS'> {
  return seconds === null ? {} : { modelLoadS: seconds };
}

/** The question is saved once: before a download, or as the engine starts, or with the answer. */
function saveOnce(save: () => void): { save(): void; skip(): void } {
  let done = false;
  return {
    save() {
      if (!done) save();
      done = true;
    },
    skip() {
      done = true;
    },
  };
}
