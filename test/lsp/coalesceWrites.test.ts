// coalesceWrites: the writes made in one turn of the event loop reach the stream's sink as one batch, in order,
// byte for byte, and each write's callback runs without waiting for the batch.
import { strict as assert } from 'node:assert';
import { Writable } from 'node:stream';
import { coalesceWrites } from '../../server/src/lsp/coalesceWrites';

/** A stream recording the batches its sink receives (one entry per _write or _writev call). */
function recorder(): { stream: Writable; batches: Buffer[][] } {
  const batches: Buffer[][] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      batches.push([chunk]);
      done();
    },
    writev(chunks, done) {
      batches.push(chunks.map(c => c.chunk as Buffer));
      done();
    },
  });
  return { stream, batches };
}

const turn = () => new Promise<void>(resolve => setImmediate(resolve));

describe('coalesceWrites', () => {
  it('sends the writes of one turn together, in order, with their callbacks run before the flush', async () => {
    const { stream, batches } = recorder();
    coalesceWrites(stream);
    const called: string[] = [];
    // As the JSON-RPC writer does: the header, then the body once the header's callback ran, then the next message.
    await new Promise<void>(resolve => stream.write('Content-Length: 2\r\n\r\n', 'ascii', () => resolve()));
    called.push('header');
    await new Promise<void>(resolve => stream.write(Buffer.from('{}'), () => resolve()));
    called.push('body');
    stream.write('Content-Length: 4\r\n\r\n', 'ascii');
    stream.write(Buffer.from('[1]\n'));
    assert.deepEqual(called, ['header', 'body']);
    assert.equal(batches.length, 0);
    await turn();
    assert.equal(batches.length, 1);
    assert.equal(Buffer.concat(batches[0]).toString(), 'Content-Length: 2\r\n\r\n{}Content-Length: 4\r\n\r\n[1]\n');
  });

  it('starts a new batch in a later turn, and keeps strings in their encoding', async () => {
    const { stream, batches } = recorder();
    coalesceWrites(stream);
    stream.write('héllo ', 'utf8');
    await turn();
    stream.write('wörld', 'latin1');
    stream.write(Buffer.from([0xff]));
    await turn();
    assert.equal(batches.length, 2);
    assert.deepEqual(Buffer.concat(batches[0]), Buffer.from('héllo ', 'utf8'));
    assert.deepEqual(Buffer.concat(batches[1]), Buffer.concat([Buffer.from('wörld', 'latin1'), Buffer.from([0xff])]));
  });
});
