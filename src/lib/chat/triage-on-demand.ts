// The red-flag triage rules (src/lib/safety/triage) load on demand, not with the Chat: they are
// the biggest part of its code and growing. The Chat asks for them when the person starts
// writing (ChatState.prepare), so that they are there by the time the message is sent; a send
// that comes first waits for them. Every message is still triaged before anything else.
import type * as Safety from '../safety/triage';
import type { Triage } from '../safety/triage';

export type TriageRules = (text: string) => Triage;
/** The follow-up questions' two functions (issue 10), from the same module. */
export type FollowUpRules = Pick<typeof Safety, 'followUpFor' | 'triageWithAnswers'>;

let loaded: TriageRules | null = null;
let followUps: FollowUpRules | null = null;
let loading: Promise<TriageRules> | null = null;

/** The rules, loading them on the first call; a failed load is tried again on the next. */
export function loadTriage(): Promise<TriageRules> {
  loading ??= import('../safety/triage').then(
    (module) => {
      followUps = module;
      // The patterns compile in idle time from now on, so that no message waits for them; the
      // mark lets bench:chat start measuring once a person who types would find them ready.
      void module.prepareTriage().then(() => performance.mark('bedside:triage-warm'));
      return (loaded = module.triage);
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The rules if they have loaded, else null (nothing is started). */
export function loadedTriage(): TriageRules | null {
  return loaded;
}

/** The follow-up functions once the rules have loaded, else null (nothing is started). */
export function loadedFollowUps(): FollowUpRules | null {
  return followUps;
}
