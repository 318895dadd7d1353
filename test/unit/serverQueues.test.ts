// The language server's timers and publishing queue outlive a failing run: the failure is reported,
// and every other document's work still happens.
import { strict as assert } from 'node:assert';
import { Debouncer } from '../../server/src/features/debouncer';
import { PublishQueue } from '../../server/src/features/publishQueue';

describe('work on timers that fails', () => {
  it('a failing debounced run is reported, and later runs still happen', async () => {
    const errors: [string, string][] = [];
    const debouncer = new Debouncer((key, error) => errors.push([key, (error as Error).message]));
    const ran = new Promise<string>((resolve) => {
      debouncer.schedule('file:///broken.txt', 0, () => {
        throw new TypeError('boom');
      });
      debouncer.schedule('file:///fine.txt', 1, () => resolve('fine'));
    });
    assert.equal(await ran, 'fine');
    assert.deepEqual(errors, [['file:///broken.txt', 'boom']]);
  });

  it('a path that fails to publish is reported, and the rest of the queue is published', async () => {
    const published: string[] = [];
    const errors: string[] = [];
    let done!: () => void;
    const drained = new Promise<void>((resolve) => (done = resolve));
    const queue = new PublishQueue(
      (path) => {
        if (path.startsWith('broken')) throw new RangeError(path);
        published.push(path);
        if (path === 'last.txt') done();
      },
      (path) => errors.push(path),
    );
    queue.now(['broken-now.txt', 'first.txt']);
    queue.later(['broken-later.txt', 'second.txt', 'last.txt']);
    await drained;
    assert.deepEqual(published, ['first.txt', 'second.txt', 'last.txt']);
    assert.deepEqual(errors, ['broken-now.txt', 'broken-later.txt']);
  });
});
