// A stored record as plain JSON data, whatever it holds. IndexedDB keeps anything the
// structured clone algorithm can copy (cycles, Maps, Dates, BigInts, NaN, binary data),
// while JSON.stringify throws on a cycle or a BigInt and silently drops or nulls others; a
// damaged record is exported to be kept or shown to someone who can help, so nothing in it
// may make the export fail, and nothing should vanish without a trace. Pure.

const MAX_DEPTH = 100;

export function toPlain(value: unknown, seen = new WeakSet<object>(), depth = 0): unknown {
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'bigint':
      return `${value.toString()}n`;
    case 'string':
    case 'boolean':
      return value;
    case 'undefined':
      return '[undefined]';
    case 'function':
    case 'symbol':
      return `[${typeof value}]`;
  }
  if (value === null) return null;
  const object = value as object;
  if (seen.has(object)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[nested too deeply]';
  seen.add(object);
  try {
    if (object instanceof Date)
      return Number.isNaN(object.getTime()) ? '[invalid Date]' : object.toISOString();
    if (ArrayBuffer.isView(object) || object instanceof ArrayBuffer)
      return `[${object.byteLength} bytes of binary data]`;
    if (typeof Blob !== 'undefined' && object instanceof Blob)
      return `[a ${object.size}-byte file]`;
    if (object instanceof Map)
      return {
        '[Map]': [...object].map(([k, v]) => [
          toPlain(k, seen, depth + 1),
          toPlain(v, seen, depth + 1),
        ]),
      };
    if (object instanceof Set)
      return { '[Set]': [...object].map((v) => toPlain(v, seen, depth + 1)) };
    if (Array.isArray(object)) return object.map((v) => toPlain(v, seen, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(object)) {
      // defineProperty, not assignment: a key named "__proto__" stays data.
      Object.defineProperty(out, k, {
        value: toPlain(v, seen, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  } finally {
    seen.delete(object);
  }
}
