// The tiny boolean language rules are written in, so a rule reads like the guidance it comes
// from: "chest_pain & (radiates | sweaty | breathless)".
//   name      a concept is present
//   !x        not x
//   x & y     both (binds tighter than |)
//   x | y     either
//   ( )       grouping

export type Predicate = (present: (name: string) => boolean) => boolean;

export interface Expression {
  source: string;
  test: Predicate;
  /** Every concept name the expression reads, for checking rules against the lexicon. */
  names: ReadonlySet<string>;
}

type Token = { kind: 'name'; value: string } | { kind: 'op'; value: '&' | '|' | '!' | '(' | ')' };

function tokenize(source: string): Token[] {
  const out: Token[] = [];
  const re = /\s*(?:([a-z][a-z0-9_]*)|([&|!()]))/gy;
  let at = 0;
  while (at < source.length) {
    if (/^\s*$/.test(source.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(source);
    if (!m) throw new Error(`rule "${source}": cannot read "${source.slice(at)}"`);
    if (m[1]) out.push({ kind: 'name', value: m[1] });
    else out.push({ kind: 'op', value: m[2] as '&' });
    at = re.lastIndex;
  }
  return out;
}

/** Parses a rule expression; throws with the rule's text when it is malformed. */
export function parseExpression(source: string): Expression {
  const tokens = tokenize(source);
  const names = new Set<string>();
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`rule "${source}": ${why}`);
  };
  const peek = () => tokens[i];
  const isOp = (v: string) => {
    const t = peek();
    return t?.kind === 'op' && t.value === v;
  };

  function atom(): Predicate {
    const t = tokens[i++];
    if (!t) return fail('ends too early');
    if (t.kind === 'name') {
      names.add(t.value);
      const name = t.value;
      return (present) => present(name);
    }
    if (t.value === '!') {
      const inner = atom();
      return (present) => !inner(present);
    }
    if (t.value === '(') {
      const inner = or();
      if (!isOp(')')) fail('a bracket is not closed');
      i++;
      return inner;
    }
    return fail(`unexpected "${t.value}"`);
  }
  function and(): Predicate {
    const parts = [atom()];
    while (isOp('&')) {
      i++;
      parts.push(atom());
    }
    return parts.length === 1 ? parts[0]! : (present) => parts.every((p) => p(present));
  }
  function or(): Predicate {
    const parts = [and()];
    while (isOp('|')) {
      i++;
      parts.push(and());
    }
    return parts.length === 1 ? parts[0]! : (present) => parts.some((p) => p(present));
  }

  const test = or();
  if (i < tokens.length) fail(`unexpected "${tokens[i]!.value}"`);
  return { source, test, names };
}
