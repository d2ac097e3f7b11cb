/**
 * A full garbage collection of this thread's heap, on request. V8 collects the heap when it
 * grows, not when a build step ends: once the pages are rendered, the rendering's garbage (about
 * a gigabyte at 10,000 guides) stays in the heap for some seconds, while Pagefind's binary starts
 * and needs the most memory of the whole build. Collecting it then keeps the build's peak down.
 *
 * V8 offers the collector only with --expose-gc, a flag that takes effect for contexts made after
 * it is set: the same way Jest's leak detection reaches it.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

type Collect = (options?: { type?: 'major'; execution?: 'sync'; flavor?: 'last-resort' }) => void;

let gc: Collect | undefined;

/** Collects garbage now; false where the runtime does not allow it. */
export function collectGarbage(): boolean {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('typeof gc === "function" ? gc : undefined') as Collect | undefined;
  }
  if (!gc) return false;
  // The thorough kind, which also hands the freed memory back to the system.
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  return true;
}
