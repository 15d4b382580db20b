// The shape of the lexicon's data files: concept name → patterns (see pattern.ts).

export type Concepts = Readonly<Record<string, readonly string[]>>;

/**
 * Two word classes near each other in either order, within one phrase: a body site and what
 * is wrong with it ("chest ... heavy", "heavy pressure in the middle of my chest").
 */
export function near(a: string, b: string, words = 4): string[] {
  return [`${a} ~~${words} ${b}`, `${b} ~~${words} ${a}`];
}
