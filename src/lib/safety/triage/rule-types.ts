// The shape of the rule data files: [flag id, expression over concept names, options].

export interface RuleOptions {
  /**
   * The net (net.ts) may not take this rule's urgent flag back to routine: a sign where "she
   * seems fine" is no reassurance (a measles contact too young for MMR, a fall in a baby).
   * Declared beside the rule, instead of in the net's own list of firm cases.
   */
  readonly firm?: true;
}

export type RuleSource = readonly [flagId: string, expression: string, options?: RuleOptions];
