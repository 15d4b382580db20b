import { describe, expect, it, vi } from 'vitest';
import { dialogueCase } from '@/lib/chat/cases';
import { runAnswer, type AnswerSink } from '@/lib/chat/pipeline/answer';
import { answerPrompt, groundedAnswer, promptForModel } from '@/lib/chat/pipeline/build-prompt';
import { askQuestion, ChatInputError, sendProblem } from '@/lib/chat/pipeline/question';
import { CASES_NOT_READY } from '@/lib/chat/pipeline/cases-not-ready';
import { retrievalWithin, startRetrieval } from '@/lib/chat/pipeline/retrieve';
import { emptyAnswer, failedAnswer, finishedAnswer } from '@/lib/chat/pipeline/settle';
import { Stopped } from '@/lib/chat/pipeline/stop';
import { checkpoints } from '@/lib/chat/pipeline/stream';
import type { AnswerPhase } from '@/lib/chat/pipeline/types';
import { startModelLoad } from '@/lib/chat/pipeline/wait-for-model';
import type { ChatMessage } from '@/lib/chat/types';
import { CancelledError } from '@/lib/engine/engine';
import { deferred, dialogue, FakeEngine } from './fakes';

const CASES = [
  dialogue('v1-1', 'I have a dry cough and a fever for three days'),
  dialogue('v2-9', 'Cough that will not go away after a cold'),
].map((d) => dialogueCase(d));

const question = (content: string, extra: Partial<ChatMessage> = {}): ChatMessage => ({
  id: 'q',
  role: 'user',
  content,
  createdAt: 1,
  ...extra,
});

describe('answer pipeline steps', () => {
  it('question: checked, trimmed and triaged, with the time the triage itself took (not the check); refused with the reason', () => {
    let now = 100;
    const deps = {
      problem: (text: string) => {
        now += 5; // checking that the text fits is not triage time
        return sendProblem(text, { busy: false, contextWindow: 4096 });
      },
      triage: (text: string) => {
        now += 2;
        return {
          level: text.includes('chest') ? ('emergency' as const) : ('routine' as const),
          flags: [],
        };
      },
      clock: () => now,
      now: () => 42,
    };
    expect(askQuestion('  crushing chest pain ', 'send', deps)).toEqual({
      question: {
        role: 'user',
        content: 'crushing chest pain',
        createdAt: 42,
        triage: { level: 'emergency', flags: [] },
      },
      timing: { kind: 'send', start: 100, triageMs: 2 },
    });
    expect(() => askQuestion('   ', 'send', deps)).toThrow(ChatInputError);
    expect(sendProblem('hello', { busy: true, contextWindow: 4096 })).toMatch(/still answering/);
    expect(sendProblem('pain '.repeat(3000), { busy: false, contextWindow: 1024 })).toMatch(
      /too long for this model/,
    );
  });

  it('retrieve: searches with the message as written (the retriever reads it whole, crisis rule included) and times it; a failure is a reason, not a throw', async () => {
    let now = 10;
    const retrieve = vi.fn(async () => {
      now += 7;
      return CASES;
    });
    const found = await startRetrieval(
      retrieve,
      [question('I have had a cough for a week')],
      () => now,
    );
    expect(retrieve).toHaveBeenCalledWith('I have had a cough for a week');
    expect(found).toEqual({ cases: CASES, unavailable: null, ms: 7 });

    const failed = await startRetrieval(
      () => Promise.reject(new Error('no index')),
      [question('cough')],
      () => now,
    );
    expect(failed).toMatchObject({ cases: [], unavailable: 'Error: no index' });
    const thrown = await startRetrieval(
      () => {
        throw new Error('worker gone');
      },
      [question('cough')],
      () => now,
    );
    expect(thrown.unavailable).toBe('Error: worker gone');
  });

  it('retrieve: a crisis question takes no cases and does not wait for the search (on a first visit it waits for the import)', async () => {
    const retrieve = vi.fn(() => new Promise<never>(() => {}));
    const emergency = question('crushing chest pain and sweating', {
      triage: { level: 'emergency', flags: [{ id: 'chest-pain', label: 'x', advice: 'y' }] },
    });
    expect(await startRetrieval(retrieve, [emergency], () => 0)).toEqual({
      cases: [],
      unavailable: null,
      ms: 0,
    });
    const lowMood = question('I keep thinking everyone would be better off without me', {
      triage: { level: 'urgent', flags: [{ id: 'mental-health-urgent', label: 'x', advice: 'y' }] },
    });
    expect(await startRetrieval(retrieve, [lowMood], () => 0)).toMatchObject({ cases: [] });
    expect(retrieve).not.toHaveBeenCalled();

    const routine = question('a cough for a week', { triage: { level: 'routine', flags: [] } });
    void startRetrieval(retrieve, [emergency, routine], () => 0);
    expect(retrieve).toHaveBeenCalledTimes(1);
  });

  it('retrieve: an emergency sign asked about prevention is searched like any question (the banner still shows)', () => {
    const retrieve = vi.fn(() => new Promise<never>(() => {}));
    const stone = question(
      'Just passed my first kidney stone, worst pain of my life. How do I prevent another one?',
      {
        triage: {
          level: 'emergency',
          flags: [{ id: 'severe-abdominal-pain', label: 'x', advice: 'y' }],
        },
      },
    );
    void startRetrieval(retrieve, [stone], () => 0);
    expect(retrieve).toHaveBeenCalledTimes(1);
  });

  it('retrieve: the cases are awaited while the model loads and a grace after, not for ever', async () => {
    const found = { cases: CASES, unavailable: null, ms: 3 };
    const model = deferred<{ id: string }>();
    const search = deferred<typeof found>();
    let settled: unknown = null;
    void retrievalWithin(search.promise, model.promise, 20, () => 0).then((r) => (settled = r));
    await new Promise((r) => setTimeout(r, 60)); // the model still loading: no deadline yet
    expect(settled).toBeNull();
    model.resolve({ id: 'm' });
    await vi.waitFor(() =>
      expect(settled).toEqual({ cases: [], unavailable: CASES_NOT_READY, ms: 0 }),
    );

    // A search that ends within the grace gives its cases.
    const quick = retrievalWithin(
      Promise.resolve(found),
      Promise.resolve({ id: 'm' }),
      20,
      () => 0,
    );
    expect(await quick).toBe(found);
    // A model that fails to load leaves the search to finish (the failure is the answer's).
    const slow = new Promise<typeof found>((r) => setTimeout(() => r(found), 60));
    expect(await retrievalWithin(slow, Promise.reject(new Error('no GPU')), 20, () => 0)).toBe(
      found,
    );
  });

  it('build prompt: restates the red flags, and is rebuilt only for another context window', () => {
    const messages = [
      question('crushing chest pain and sweating', {
        triage: {
          level: 'emergency',
          flags: [{ id: 'chest', label: 'Chest pain', advice: 'Call an ambulance.' }],
        },
      }),
    ];
    const prompt = answerPrompt(messages, CASES, 4096);
    expect(prompt.messages[0]!.content).toContain('possible emergency signs');
    expect(prompt.caseIds).toEqual(['v1-1', 'v2-9']);
    expect(prompt.maxTokens).toBe(512);
    expect(promptForModel(prompt, messages, CASES, 4096)).toBe(prompt);
    const smaller = promptForModel(prompt, messages, CASES, 1024);
    expect(smaller.contextWindow).toBe(1024);
    expect(smaller.maxTokens).toBe(256);
  });

  it('build prompt: the answer records the cases the prompt used and the turns left out', () => {
    const prompt = answerPrompt([question('cough')], CASES, 4096);
    const grounded = groundedAnswer(
      { ...emptyAnswer('a', 2), droppedTurns: 3 },
      [...CASES, dialogueCase(dialogue('v2-5', 'unused'))],
      prompt,
    );
    expect(grounded.cases!.map((c) => c.id)).toEqual(['v1-1', 'v2-9']);
    expect(grounded.cases![0]!.excerpt).toContain('dry cough');
    expect(grounded.droppedTurns).toBeUndefined();
  });

  it('wait for model: knows whether the model has loaded, and a failed load is not unhandled', async () => {
    const gate = deferred();
    const load = startModelLoad({ ensureLoaded: () => gate.promise.then(() => ({ id: 'm' })) });
    expect(load.done).toBe(false);
    gate.resolve();
    await expect(load.model).resolves.toEqual({ id: 'm' });
    expect(load.done).toBe(true);

    const failing = startModelLoad({ ensureLoaded: () => Promise.reject(new Error('quota')) });
    await Promise.resolve();
    expect(failing.done).toBe(false);
    await expect(failing.model).rejects.toThrow('quota');
  });

  it('stream: saves a growing answer at most once per interval, marked interrupted', () => {
    let now = 0;
    const saved: ChatMessage[] = [];
    const checkpoint = checkpoints(
      1000,
      () => now,
      (partial) => saved.push(partial),
    );
    const answer = { ...emptyAnswer('a', 0), content: 'Rest' };
    expect(checkpoint(answer)).toBe(false);
    now = 999;
    expect(checkpoint(answer)).toBe(false);
    now = 1000;
    expect(checkpoint({ ...answer, content: 'Rest, drink' })).toBe(true);
    now = 1500;
    expect(checkpoint(answer)).toBe(false);
    expect(saved).toEqual([{ ...answer, content: 'Rest, drink', interrupted: true }]);
  });

  it('settle: a stop keeps the text marked interrupted; a failure says why; a length stop is truncated', () => {
    const partial = { ...emptyAnswer('a', 0), content: 'Rest, ' };
    expect(failedAnswer(partial, new Stopped())).toEqual({ ...partial, interrupted: true });
    expect(failedAnswer(partial, new CancelledError())).toEqual({ ...partial, interrupted: true });
    expect(failedAnswer(partial, 'Error: out of memory').error).toBe('Error: out of memory');
    const stats = {
      promptTokens: 1,
      completionTokens: 1,
      timeToFirstTokenS: 1,
      prefillTokensPerS: 1,
      decodeTokensPerS: 1,
      totalS: 1,
    };
    expect(finishedAnswer(partial, { text: 'Rest, a lot', finishReason: 'length', stats })).toEqual(
      { ...partial, content: 'Rest, a lot', truncated: true, stats },
    );
    expect(
      finishedAnswer(partial, { text: 'Rest', finishReason: 'abort', stats: null }).interrupted,
    ).toBe(true);
  });
});

/** A sink that records what the Chat state would show and save, in order. */
function recordingSink() {
  const events: string[] = [];
  const saves: ChatMessage[][] = [];
  let shown: ChatMessage | null = null;
  const sink: AnswerSink = {
    started: (a) => {
      shown = a;
      events.push('started');
    },
    changed: (a) => (shown = a),
    phase: (p: AnswerPhase) => events.push(p),
    settled: (a) => {
      shown = a;
      events.push('settled');
    },
    save: async (messages) => {
      saves.push(messages);
      events.push(`save:${messages.length}`);
    },
  };
  return { sink, events, saves, shown: () => shown };
}

function deps(engine: FakeEngine, retrieve = async () => CASES) {
  let id = 0;
  return {
    engine,
    retrieve,
    clock: () => 0,
    now: () => 5,
    newId: () => `id${++id}`,
    saveEveryMs: 60_000,
  };
}

const timing = { kind: 'send' as const, start: 0, triageMs: 0 };

describe('runAnswer', () => {
  it('runs retrieve, prompt, model, stream and settle in order, saving the question once', async () => {
    const engine = new FakeEngine();
    const { sink, events, saves, shown } = recordingSink();
    const messages = [question('what helps a sore throat?')];
    const answer = await runAnswer(
      deps(engine),
      { messages, signal: new AbortController().signal, timing },
      sink,
    );
    expect(events).toEqual(['started', 'loading', 'generating', 'save:1', 'settled', 'save:2']);
    expect(answer).toMatchObject({ content: engine.reply, modelId: 'fake-model' });
    expect(answer.cases).toHaveLength(2);
    expect(shown()).toEqual(answer);
    expect(saves.at(-1)).toEqual([...messages, answer]);
  });

  it('saves the question before a model download, then not again when the engine starts', async () => {
    const engine = new FakeEngine();
    engine.loadGate = deferred();
    const { sink, events } = recordingSink();
    const running = runAnswer(
      deps(engine),
      { messages: [question('a rash')], signal: new AbortController().signal, timing },
      sink,
    );
    await vi.waitFor(() => expect(events).toEqual(['started', 'loading', 'save:1']));
    engine.loadGate.resolve();
    await running;
    expect(events).toEqual(['started', 'loading', 'save:1', 'generating', 'settled', 'save:2']);
  });

  it('a first-visit search still running a moment after the model is ready: the answer comes without cases, saying why', async () => {
    const engine = new FakeEngine();
    const { sink } = recordingSink();
    const answer = await runAnswer(
      { ...deps(engine, () => new Promise<never>(() => {})), casesGraceMs: 20 },
      { messages: [question('a rash')], signal: new AbortController().signal, timing },
      sink,
    );
    expect(answer).toMatchObject({ content: engine.reply, casesUnavailable: CASES_NOT_READY });
    expect(answer.cases ?? []).toEqual([]);
    expect(engine.calls).toHaveLength(1);
  });

  it('a stop during the search ends the answer before the model is asked anything', async () => {
    const engine = new FakeEngine();
    const search = deferred<typeof CASES>();
    const controller = new AbortController();
    const { sink, events } = recordingSink();
    const running = runAnswer(
      deps(engine, () => search.promise),
      { messages: [question('a rash')], signal: controller.signal, timing },
      sink,
    );
    controller.abort();
    search.resolve(CASES);
    const answer = await running;
    expect(answer).toMatchObject({ content: '', interrupted: true });
    expect(engine.calls).toHaveLength(0);
    expect(events).toEqual(['started', 'settled', 'save:2']);
  });
});
