// Writes files so that readers never see half of them: into a temporary sibling, then renamed.
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Writes one file atomically (temporary file in the same folder, then rename). */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${Date.now()}`);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

async function sameContent(dir: string, files: readonly { path: string; bytes: Uint8Array }[]) {
  try {
    for (const f of files) {
      const existing = await readFile(join(dir, f.path));
      if (!existing.equals(f.bytes)) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * Replaces the folder `target` by one holding exactly `files`. The new folder is written
 * beside it and swapped in with renames, so `target` is never left half-written; an error
 * while writing leaves the old folder as it was. Returns false when `target` already held
 * these exact files (nothing is rewritten).
 */
export async function replaceDir(
  target: string,
  files: readonly { path: string; bytes: Uint8Array }[],
): Promise<boolean> {
  if (await sameContent(target, files)) {
    const names = (await readdir(target)).filter((n) => !n.startsWith('.'));
    if (names.length === files.length) return false;
  }
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const prefix = `.${basename(target)}-`;
  const tmp = await mkdtemp(join(parent, `${prefix}tmp-`));
  try {
    await chmod(tmp, 0o755); // mkdtemp makes it private
    for (const f of files) await writeFile(join(tmp, f.path), f.bytes);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  const old = join(parent, `${prefix}old-${process.pid}-${Date.now()}`);
  try {
    await rename(target, old);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      await rm(tmp, { recursive: true, force: true });
      throw e;
    }
  }
  try {
    await rename(tmp, target);
  } catch (e) {
    // Another build swapped its folder in at the same moment. Builds are deterministic, so
    // if it holds the same files we are done; otherwise report the clash.
    await rm(tmp, { recursive: true, force: true });
    if (!(await sameContent(target, files))) throw e;
  }
  await rm(old, { recursive: true, force: true });
  return true;
}
