import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkRunner } from './layoutMap';

/** ELK on the current thread: for Node (tests, bench, CLI), never for the app's page. */
export function createInProcessElk(): ElkRunner {
  return new ELK();
}
