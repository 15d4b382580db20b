// Every match of a global regular expression, as String.prototype.matchAll gives them, but
// with the expression itself: matchAll clones it on every call, and a browser may have to
// compile a clone again (its regular-expression cache is cleared by garbage collection), which
// a message would pay for. Eager, so that two callers never share a half-read lastIndex.

/** Every match of `re` (a global or sticky expression) in `text`, left to right. */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match would match again at the same place: step over it, as matchAll does.
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}
