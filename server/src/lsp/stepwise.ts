// Work done in steps between other work: one step per turn of the event loop (setImmediate), so that a request
// arriving meanwhile (an edit's didChange) waits for the step running, not for the whole of the work. For the
// lookups an index's checks build on first use (engine lookupSteps), prepared once the first check is out.

/** A step: true when it is done, else it is called again at a later turn. */
export type Step = () => boolean;

/** Runs `steps` in order, one call per turn of the event loop. `failed` hears of a step that throws (the rest are
 *  not run); by default the error is thrown on, to the process's uncaughtException handler (the server logs it). (The immediates are not unref'd: Node polls for I/O without a timeout while only unref'd ones wait, so
 *  the steps would run only when something else woke the loop.) */
export function runStepwise(steps: readonly Step[], failed: (e: unknown) => void = e => {
  throw e;
}): void {
  let k = 0;
  const turn = () => {
    try {
      if (k < steps.length && steps[k]()) k++;
    } catch (e) {
      failed(e);
      return;
    }
    if (k < steps.length) setImmediate(turn);
  };
  setImmediate(turn);
}
