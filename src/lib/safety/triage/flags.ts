// The banner wording of every flag triage can raise (label + advice), by id, in the order
// they are listed in a result after sorting by level. The wording lives in flags-emergency.ts
// and flags-urgent.ts; labels name what was noticed and never state a diagnosis as certain.

import { EMERGENCY_FLAGS } from './flags-emergency';
import { NET_FLAGS } from './flags-net';
import { SAME_DAY_FLAGS } from './flags-same-day';
import { URGENT_FLAGS } from './flags-urgent';
import type { FlagDef } from './flag-types';

export type { FlagDef } from './flag-types';

function byId(list: readonly FlagDef[]): Readonly<Record<string, FlagDef>> {
  const out: Record<string, FlagDef> = {};
  for (const f of list) {
    if (out[f.id]) throw new Error(`flags: "${f.id}" is defined twice`);
    out[f.id] = f;
  }
  return out;
}

/** Every flag triage can raise, by id. */
export const TRIAGE_FLAGS: Readonly<Record<string, FlagDef>> = byId([
  ...EMERGENCY_FLAGS,
  ...URGENT_FLAGS,
  ...SAME_DAY_FLAGS,
  ...NET_FLAGS,
]);

/** Position of each flag in TRIAGE_FLAGS, to list results in a stable order. */
export const FLAG_ORDER: ReadonlyMap<string, number> = new Map(
  Object.keys(TRIAGE_FLAGS).map((id, i) => [id, i]),
);

export { CRISIS_FLAG_IDS } from './crisis';
