import { getContext, setContext } from 'svelte';
import { href, parseRoute, type Route, type View } from '../lib/router';

/** The current hash route, kept in step with `location.hash`. */
export class RouterState {
  route: Route = $state.raw(parseRoute(''));
  #onChange = () => {
    this.route = parseRoute(location.hash);
  };

  constructor() {
    this.route = parseRoute(location.hash);
  }

  /** Starts listening; returns the function that stops. */
  listen(): () => void {
    window.addEventListener('hashchange', this.#onChange);
    return () => window.removeEventListener('hashchange', this.#onChange);
  }

  go(view: View, options: { id?: string | null; params?: Record<string, string> } = {}): void {
    location.hash = href(view, options);
  }
}

const KEY = Symbol('router');
export const setRouter = (router: RouterState) => setContext(KEY, router);
export const useRouter = () => getContext<RouterState>(KEY);
