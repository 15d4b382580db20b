// The composition root: builds every state object of the app once, wires them together (the
// Chat and the Benchmark share one retrieval policy), and provides them as contexts. App.svelte
// builds the real app here; the component tests' one harness builds it with fakes for the seams.
// Chat and Benchmark are built on first use: their code (markdown, sanitizer, triage rules,
// benchmark) loads then, keeping the first page load small (npm run bench:bundle).
import type { Retrieve } from '../lib/chat/pipeline/types';
import type { Capability } from '../lib/engine/capability';
import { lazy, type Lazy } from '../lib/lazy';
import { SettingsStore } from '../lib/settings/store';
import type { BenchState, BenchStateDeps } from '../state/bench.svelte';
import { capabilityContext, CapabilityState } from '../state/capability.svelte';
import type { ComposerState } from '../state/chat-composer.svelte';
import type { FollowUpState } from '../state/chat-follow-up.svelte';
import type { ChatState, ChatStore } from '../state/chat.svelte';
import { datasetContext, DatasetState } from '../state/dataset.svelte';
import {
  createEngineState,
  provideEngineState,
  type EngineState,
  type EngineStateDeps,
} from '../state/engine';
import { RouterState, routerContext } from '../state/router.svelte';
import { ThemeState } from '../state/theme.svelte';
import { UpdateState } from '../state/updates.svelte';

/** The seams of the app; each defaults to the real browser one. */
export interface AppDeps {
  detectCapability?: () => Promise<Capability>;
  /** The engine's seams (default: WebLLM in a worker, the model cache and IndexedDB). */
  engine?: Omit<EngineStateDeps, 'capability'>;
  /** Default: the dataset served with the app, imported in a worker. */
  dataset?: DatasetState;
  /** Where conversations are kept (default: IndexedDB). */
  conversations?: ChatStore;
  /** Where benchmark runs are kept (default: IndexedDB). */
  benchRuns?: BenchStateDeps['db'];
  /** The settings database (theme, first visit). */
  settings?: Pick<SettingsStore, 'get' | 'set' | 'delete'>;
  /** The retrieval policy (default: the Chat's retriever, served by the search worker). */
  retrieve?: Retrieve;
  /** Where the theme is applied (default: the document's root element). */
  root?: HTMLElement;
}

/** The Chat, once loaded: its states, and what provides them to the Chat view. */
export interface ChatFeature {
  chat: ChatState;
  composer: ComposerState;
  /** The one-tap follow-up questions under a question (issue 10). */
  followUps: FollowUpState;
  provide(): void;
}

export interface BenchFeature {
  bench: BenchState;
  provide(): void;
}

export interface App {
  readonly router: RouterState;
  readonly capability: CapabilityState;
  readonly engine: EngineState;
  readonly dataset: DatasetState;
  readonly settings: Pick<SettingsStore, 'get' | 'set' | 'delete'>;
  readonly theme: ThemeState;
  readonly updates: UpdateState;
  /** The Chat's and the Benchmark's one retrieval policy, built with the first of them. */
  readonly retrieve: Lazy<Retrieve>;
  readonly chat: Lazy<ChatFeature>;
  readonly bench: Lazy<BenchFeature>;
  /** Provides the states built at once as contexts; call while a component is created. */
  provide(): void;
}

export function createApp(deps: AppDeps = {}): App {
  const router = new RouterState();
  const capability = new CapabilityState(deps.detectCapability);
  const engine = createEngineState({ capability, ...deps.engine });
  const dataset = deps.dataset ?? new DatasetState();
  const settings = deps.settings ?? new SettingsStore();
  const theme = new ThemeState(settings, deps.root);
  const updates = new UpdateState();

  // The one policy (src/lib/chat/retrieval.ts: pool, k, minimum score, crisis rule), answered
  // by the search worker from memory; the Benchmark uses the same.
  const retrieve = lazy(
    async (): Promise<Retrieve> => deps.retrieve ?? ((text) => dataset.retrieve(text)),
  );

  const chat = lazy(async (): Promise<ChatFeature> => {
    const [
      { ChatState, chatContext },
      { ComposerState, composerContext },
      { FollowUpState, followUpContext },
      policy,
    ] = await Promise.all([
      import('../state/chat.svelte'),
      import('../state/chat-composer.svelte'),
      import('../state/chat-follow-up.svelte'),
      retrieve.load(),
    ]);
    const state = new ChatState({
      engine: engine.runtime,
      retrieve: policy,
      store: deps.conversations,
      navigate: (id) => router.replace('chat', id ? { id } : {}),
    });
    const composer = new ComposerState({
      chat: state,
      getDialogue: (id) => dataset.getDialogue(id),
    });
    const followUps = new FollowUpState(state);
    return {
      chat: state,
      composer,
      followUps,
      provide() {
        chatContext.provide(state);
        composerContext.provide(composer);
        followUpContext.provide(followUps);
      },
    };
  });

  const bench = lazy(async (): Promise<BenchFeature> => {
    const [{ BenchState, benchContext }, policy] = await Promise.all([
      import('../state/bench.svelte'),
      retrieve.load(),
    ]);
    const state = new BenchState({
      engine: engine.runtime,
      catalog: engine.catalog,
      dataset,
      retrieve: policy,
      db: deps.benchRuns,
    });
    return { bench: state, provide: () => benchContext.provide(state) };
  });

  return {
    router,
    capability,
    engine,
    dataset,
    settings,
    theme,
    updates,
    retrieve,
    chat,
    bench,
    provide() {
      routerContext.provide(router);
      datasetContext.provide(dataset);
      capabilityContext.provide(capability);
      provideEngineState(engine);
    },
  };
}
