import { readdirSync, readFileSync } from 'node:fs';

/**
 * Time this process's threads spent runnable but waiting for a CPU, in ms, summed over its threads
 * (Linux `/proc/self/task/<tid>/schedstat`, second field). It tells an overloaded machine (the
 * candidate's thread wanted to run and could not) from a candidate that sleeps or blocks (its thread
 * was not runnable at all). Null where the kernel does not report it.
 */
export function runQueueDelayMs(): number | null {
  try {
    let total = 0;
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        const fields = readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ');
        total += Number(fields[1]) / 1e6;
      } catch {
        // the thread ended between the listing and the read
      }
    }
    return Number.isFinite(total) ? total : null;
  } catch {
    return null;
  }
}
