// The Models view's list: each model once, with its builds (f16 and f32 where WebLLM has both),
// showing the build that matters to this person first: the one in use or on this device, else
// the one this GPU runs best. The other build stays one click away. Pure.
import type { ModelEntry, Precision } from './registry';

export interface ModelGroup {
  /** The family, shared by the builds (the list's key). */
  family: string;
  /** Every build, f16 first, then f32, then any of unknown precision. */
  builds: ModelEntry[];
  /** The build shown until the person picks another. */
  shown: ModelEntry;
}

export interface GroupContext {
  /** The build this GPU runs best (f16 with shader-f16); null while the device is checked. */
  preferred: Precision | null;
  /** Builds in use or kept here, most important first: loaded, Chat's, downloaded, recommended. */
  pinned: readonly (string | null | undefined)[];
}

const PRECISION_ORDER: Record<string, number> = { f16: 0, f32: 1 };
const byPrecision = (a: ModelEntry, b: ModelEntry) =>
  (PRECISION_ORDER[a.precision ?? ''] ?? 2) - (PRECISION_ORDER[b.precision ?? ''] ?? 2);

/** The build to show first for a group's builds. */
export function shownBuild(builds: readonly ModelEntry[], context: GroupContext): ModelEntry {
  for (const id of context.pinned) {
    const pinned = id ? builds.find((b) => b.id === id) : undefined;
    if (pinned) return pinned;
  }
  return builds.find((b) => b.precision === context.preferred) ?? builds[0]!;
}

/** The models grouped by family, in the order first listed (the registry's: smallest first). */
export function groupModels(models: readonly ModelEntry[], context: GroupContext): ModelGroup[] {
  const families = new Map<string, ModelEntry[]>();
  for (const model of models) {
    const builds = families.get(model.family);
    if (builds) builds.push(model);
    else families.set(model.family, [model]);
  }
  return [...families].map(([family, builds]) => {
    const sorted = [...builds].sort(byPrecision);
    return { family, builds: sorted, shown: shownBuild(sorted, context) };
  });
}
