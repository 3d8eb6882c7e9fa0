import { availableParallelism } from 'node:os';

/**
 * Tests run concurrently but child processes are rationed to the cores: each one loads
 * the NLP for about a second of CPU, and a pile-up would only turn into timeouts.
 */
const slots = { free: Math.max(1, availableParallelism()), waiting: [] as Array<() => void> };

/** Run `work` once a core is free for it. */
export async function withSlot<T>(work: () => Promise<T>): Promise<T> {
  if (slots.free > 0) slots.free--;
  else await new Promise<void>((resolve) => slots.waiting.push(resolve));
  try {
    return await work();
  } finally {
    const next = slots.waiting.shift();
    if (next) next();
    else slots.free++;
  }
}
