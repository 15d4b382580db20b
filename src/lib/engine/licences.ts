// The licences of the models Bedside offers, grouped for the About page, so that the list is
// always the registry's own (a model added to models.json appears with its licence). Pure.
import type { ModelEntry } from './registry';

export interface LicenceGroup {
  licence: string;
  /** Where the licence text is published, when known. */
  url: string | null;
  /** The models under it, by name, each once (a model's f16 and f32 builds share it). */
  models: string[];
}

const LICENCE_URLS: Record<string, string> = {
  'Apache-2.0': 'https://www.apache.org/licenses/LICENSE-2.0',
  MIT: 'https://opensource.org/license/mit',
  'Llama 3.2 Community License': 'https://www.llama.com/llama3_2/license/',
};

/** The licences of the given models, the most used first. */
export function licenceGroups(models: readonly ModelEntry[]): LicenceGroup[] {
  const groups = new Map<string, Set<string>>();
  for (const model of models) {
    if (!model.licence) continue;
    const names = groups.get(model.licence) ?? new Set<string>();
    names.add(model.name);
    groups.set(model.licence, names);
  }
  return [...groups]
    .map(([licence, names]) => ({
      licence,
      url: LICENCE_URLS[licence] ?? null,
      models: [...names],
    }))
    .sort((a, b) => b.models.length - a.models.length);
}
