import type { PythonAvailability } from '../../shared/languages';

const ENABLE_HINT = 'An administrator can enable it with: apt-get install python3-numpy bubblewrap';

/**
 * What `npm start` found when it tested the Python sandbox on this machine (GRADER_PYTHON and
 * GRADER_PYTHON_DETAIL, set for the web server and the worker). Without that test, Python is off: the web
 * server never starts a sandbox itself.
 */
export function pythonAvailability(env: Record<string, string | undefined> = process.env): PythonAvailability {
  if (env.GRADER_PYTHON === 'available') return { available: true };
  const reason = env.GRADER_PYTHON === 'unavailable' && env.GRADER_PYTHON_DETAIL ? env.GRADER_PYTHON_DETAIL : 'the Python sandbox was not tested at start';
  return { available: false, reason, hint: ENABLE_HINT };
}
