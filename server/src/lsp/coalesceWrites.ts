// Over stdio, the JSON-RPC writer sends each message as two writes (its header, then, once that write's callback
// has run, its body), and a check sends two messages (the status, then the diagnostics): four pipe writes, each
// waking the client, for one edit. Coalesced, the writes made during one turn of the event loop leave together
// in one write (a writev of the corked chunks) at its end, in the order they were made.
import type { Writable } from 'node:stream';

export function coalesceWrites(out: Writable): void {
  const write = out.write.bind(out) as (chunk: unknown, encoding?: BufferEncoding) => boolean;
  let corked = false;
  const flush = () => {
    corked = false;
    out.uncork();
  };
  out.write = ((chunk: unknown, encoding?: BufferEncoding | ((error?: Error | null) => void), callback?: (error?: Error | null) => void): boolean => {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (!corked) {
      corked = true;
      out.cork();
      setImmediate(flush);
    }
    const ok = encoding === undefined ? write(chunk) : write(chunk, encoding);
    // The writer waits for this callback before it writes the message body: run it now rather than after the
    // flush, or header and body would leave in separate turns. (A failed write still emits 'error' on the stream.)
    if (callback) process.nextTick(callback);
    return ok;
  }) as Writable['write'];
}
