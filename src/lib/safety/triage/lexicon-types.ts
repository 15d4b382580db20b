// The shape of the lexicon's data files: concept name → patterns (see pattern.ts).

export type Concepts = Readonly<Record<string, readonly string[]>>;

/**
 * Two word classes near each other in either order, within one phrase: a body site and what
 * is wrong with it ("chest ... heavy", "heavy pressure in the middle of my chest").
 */
export function near(a: string, b: string, words = 4): string[] {
  return [`${a} ~~${words} ${b}`, `${b} ~~${words} ${a}`];
}

/**
 * Put before a "soaked" pattern: not clothes, hair or legs soaked by wet cement, rain or a river
 * ("kneeling in it, my trousers got soaked thru" was read as severe bleeding; phase 25,
 * fresh-triage-p25e fw069).
 */
export const NOT_SOAKED_CLOTHES =
  '(?<!\\b(?:trousers|jeans|pants|clothes|clothing|boots|shoes|socks|trainers|gloves|overalls|kit|uniform|coat|jacket|hair|feet|legs|knees) (?:got |get |were |was |are |is |all |completely |totally |right |just ){0,3})' +
  // Nor drool, dribble, sweat, milk or wee that soaks through (phase 25, fresh-triage-p25n gf015:
  // "her drooling is soaking through 4 bibs a day").
  '(?<!\\b(?:drool\\w*|dribbl\\w*|saliva|spit|sweat\\w*|milk|wee|urine|pee)\\b[^.!?]{0,40})';
