// Each view's code, loaded on its first visit: Chat and Benchmark with their states (built by
// createApp on first use), Dataset, Models and About alone (their states are built at once).
// Shared by main.ts, which waits for the first view before mounting (its code is requested
// with the page: scripts/vite-plugin-route-preload.ts), and App.svelte, which shows them.
import type { LoadedView } from '../components/common/LazyView.svelte';
import { lazy, type Lazy } from '../lib/lazy';
import type { View } from '../lib/router';
import type { App } from './create-app';

export type Views = Record<View, Lazy<LoadedView>>;

export function createViews(app: Pick<App, 'chat' | 'bench'>): Views {
  const alone = (load: () => Promise<{ default: LoadedView['View'] }>) =>
    lazy(async (): Promise<LoadedView> => ({ View: (await load()).default, provide: () => {} }));
  return {
    chat: lazy(async () => {
      const [{ default: View }, chat] = await Promise.all([
        import('../views/ChatView.svelte'),
        app.chat.load(),
      ]);
      return { View, provide: chat.provide };
    }),
    bench: lazy(async () => {
      const [{ default: View }, bench] = await Promise.all([
        import('../views/BenchView.svelte'),
        app.bench.load(),
      ]);
      return { View, provide: bench.provide };
    }),
    dataset: alone(() => import('../views/DatasetView.svelte')),
    models: alone(() => import('../views/ModelsView.svelte')),
    about: alone(() => import('../views/AboutView.svelte')),
  };
}
