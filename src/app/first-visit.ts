// Whether this is a first visit: the notice of what Bedside downloads shows until the person
// acknowledges it. Read by main.ts before the first render, so that the notice is part of it.
import type { SettingsStore } from '../lib/settings/store';

export const FIRST_VISIT_KEY = 'firstVisitAcknowledged';

/** True until acknowledged; true as well when the settings cannot be read. */
export function isFirstVisit(settings: Pick<SettingsStore, 'get'>): Promise<boolean> {
  return settings.get(FIRST_VISIT_KEY, false).then(
    (seen) => !seen,
    () => true,
  );
}

export function acknowledgeFirstVisit(settings: Pick<SettingsStore, 'set'>): Promise<void> {
  return settings.set(FIRST_VISIT_KEY, true);
}
