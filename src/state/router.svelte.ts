import { href, parseRoute, type Route, type View } from '../lib/router';
import { defineContext } from './context';

type Target = { id?: string | null; params?: Record<string, string> };

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

  /** Shows an address without a new history entry (Back skips it). */
  replace(view: View, options: Target = {}): void {
    const target = href(view, options);
    if (location.hash !== target) location.replace(target);
  }
}

export const routerContext = defineContext<RouterState>('RouterState (the address)');
