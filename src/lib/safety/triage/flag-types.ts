// The shape of a flag definition in flags-emergency.ts and flags-urgent.ts.

import type { TriageFlag, TriageLevel } from './types';

export interface FlagDef extends TriageFlag {
  level: Exclude<TriageLevel, 'routine'>;
  /** Flags of one domain supersede each other: an emergency drops the urgent ones. */
  domain: string;
}
