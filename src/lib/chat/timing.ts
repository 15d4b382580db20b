// Timing of our own work between "send" and the engine call: triage, retrieval and prompt
// building. Recorded as a `performance.measure` that `npm run bench:chat` reads back.

export const CHAT_PIPELINE_MEASURE = 'bedside:chat-pipeline';

export interface PipelineTimings {
  kind: 'send' | 'edit' | 'regenerate';
  /** performance.now() when the user sent. */
  start: number;
  triageMs: number;
  retrievalMs: number;
  promptMs: number;
  /** Our code from send to the engine call, not counting the wait for the model to load. */
  totalMs: number;
  /** Time spent waiting for the model to load (about 0 when it was loaded). */
  modelWaitMs: number;
  /** Similar cases put in the prompt. */
  cases: number;
}

export function recordPipeline(timings: PipelineTimings): void {
  try {
    performance.measure(CHAT_PIPELINE_MEASURE, {
      start: timings.start,
      duration: timings.totalMs,
      detail: { ...timings },
    });
  } catch {
    // Browsers without measure options: the timings only serve the benchmark.
  }
}
