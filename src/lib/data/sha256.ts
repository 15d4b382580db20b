// SHA-256 through Web Crypto (crypto.subtle), available in browsers, workers and Node 20.

export async function sha256Hex(data: ArrayBuffer | Uint8Array | string): Promise<string> {
  const bytes =
    typeof data === 'string'
      ? new TextEncoder().encode(data)
      : data instanceof Uint8Array
        ? data
        : new Uint8Array(data);
  // A view, not its buffer: some environments (jsdom under vitest) reject a bare ArrayBuffer
  // from another realm, and every environment accepts a Uint8Array.
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
