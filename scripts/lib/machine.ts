// What every benchmark prints beside its figures: how busy the machine was (timings on a
// shared machine mean little without it) and which Chromium ran the page.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** `chromium --version`'s number, for scripts that do not launch a browser. */
export function chromiumVersion(path = CHROMIUM_PATH): string {
  try {
    const out = execFileSync(path, ['--version'], {
      encoding: 'utf8',
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'ignore'], // Debian's wrapper script chatters on stderr
    });
    return /(\d+(?:\.\d+)+)/.exec(out)?.[1] ?? out.trim();
  } catch {
    return `not found at ${path}`;
  }
}

const loads = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

export interface MachineReport {
  /** One line: cores, the load average when the run started and now, the Chromium version. */
  line(chromium?: string): string;
}

/** Call when the measuring starts; print `line()` beside the figures at the end. */
export function machineReport(): MachineReport {
  const atStart = loads();
  return {
    line: (chromium = chromiumVersion()) =>
      `Machine: ${cpus().length} cores; load average ${atStart} at the start, ${loads()} at the end (1 / 5 / 15 min); Chromium ${chromium}.`,
  };
}
