// V8 settings of the `grounded check` process, set before any worker thread starts (V8 flags are process-wide and
// apply to the isolates created after). Only the command line sets them: the language server and the tests keep
// V8's defaults.
import * as v8 from 'node:v8';

/**
 * A function is optimised (TurboFan, on a background thread) once it has run for V8's interrupt budget, 66 KB of
 * bytecode by default. A check run calls some 400 functions enough for that, and compiling them took 4-6 s of CPU
 * in every thread (1,000 drafts against 50,000 words of sources, `node --trace-opt`; 1 s for remark's `compiler`
 * alone, a function run once per parse whose optimised code gains nothing), on top of 12 s for the whole run on one
 * thread. Three times the budget leaves the lukewarm functions unoptimised and still optimises the hot ones after
 * a few drafts: 11.9 -> 10.1 s of CPU on one thread and 16.3 -> 14.0 s on two (medians of 6 runs alternated, on a
 * busy 2-core machine; 251 functions compiled instead of 430), the same report. Larger budgets (500 KB, 1 MB)
 * gave back part of the gain.
 */
const INTERRUPT_BUDGET = 200_000;

export function setCheckV8Flags(): void {
  v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
