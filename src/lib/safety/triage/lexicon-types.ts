// The shape of the lexicon's data files: concept name → patterns (see pattern.ts).

export type Concepts = Readonly<Record<string, readonly string[]>>;
