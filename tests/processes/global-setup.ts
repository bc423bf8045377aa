import { ensureNextBuild } from '../../lib/server/runtime/ensure-next-build';
import { ROOT } from './helpers';

/** The web processes these tests start serve the production build: made once here, not by each launcher at once. */
export default async function setup() {
  await ensureNextBuild(ROOT, (line) => console.log(`[processes] ${line}`));
}
