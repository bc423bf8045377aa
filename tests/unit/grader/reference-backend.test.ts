import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { ensureReferenceBackend } from '../../../grader/reference-kit/backend.ts';

describe('reference backend', () => {
  it('skips unavailable native and GPU backends and settles on the best available one', async () => {
    delete process.env.GRADER_REFERENCE_BACKEND;
    const choice = await ensureReferenceBackend();
    expect(['tensorflow', 'webgpu', 'wasm', 'cpu']).toContain(choice.backend);
    expect(tf.getBackend()).toBe(choice.backend);
    // here neither @tensorflow/tfjs-node nor a GPU exists: both are skipped with a reason
    for (const s of choice.skipped) expect(s.reason.length).toBeGreaterThan(0);
    const y = tf.tidy(() => tf.softmax(tf.tensor2d([[1000, 1000, -1000]])).arraySync());
    expect(y).toEqual([[0.5, 0.5, 0]]);
  });
});
