// Names and URLs of MLC models: the precision and weight format a name states, and the folder
// WebLLM really reads a model from. Pure string functions, shared by the registry, the custom
// model form and the cache.

/** f16 models need the WebGPU `shader-f16` feature; f32 models run on every WebGPU device. */
export type Precision = 'f16' | 'f32';

/** f16 or f32 from an MLC name such as "…-q4f16_1-MLC" or "q0f32"; null when it says neither. */
export function precisionOf(name: string): Precision | null {
  const match = /(?:^|[^a-z0-9])q\d+f(16|32)(?:_\d+)?(?:[^a-z0-9]|$)/i.exec(name);
  return match ? (`f${match[1]}` as Precision) : null;
}

/** The MLC weight format in a name, e.g. "q4f16_1"; null when absent. */
export function weightFormatOf(name: string): string | null {
  return /q\d+f(?:16|32)(?:_\d+)?/i.exec(name)?.[0].toLowerCase() ?? null;
}

export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && Boolean(url.hostname);
  } catch {
    return false;
  }
}

/**
 * The folder WebLLM really reads a model from. Mirrors WebLLM 0.2.86 `cleanModelUrl`: adds a
 * trailing slash, then `resolve/main/` unless the URL already has `/resolve/<branch>/`.
 */
export function resolveModelBaseUrl(modelUrl: string): string {
  let url = modelUrl.endsWith('/') ? modelUrl : `${modelUrl}/`;
  if (!/.+\/resolve\/.+\//.test(url)) url += 'resolve/main/';
  return new URL(url).href;
}

/** The URL of a model's mlc-chat-config.json, as WebLLM will request it. */
export function chatConfigUrl(modelUrl: string): string {
  return new URL('mlc-chat-config.json', resolveModelBaseUrl(modelUrl)).href;
}
