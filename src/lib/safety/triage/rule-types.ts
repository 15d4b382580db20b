// The shape of the rule data files: [flag id, expression over concept names].

export type RuleSource = readonly [flagId: string, expression: string];
