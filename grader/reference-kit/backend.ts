import { createRequire } from 'node:module';
import path from 'node:path';

/** Reference backends, best first. */
export const REFERENCE_BACKENDS = ['tensorflow', 'webgpu', 'wasm', 'cpu'] as const;
export type ReferenceBackend = (typeof REFERENCE_BACKENDS)[number];

export interface BackendChoice {
  backend: ReferenceBackend;
  /** why better backends were skipped */
  skipped: Array<{ backend: ReferenceBackend; reason: string }>;
}

let choice: Promise<BackendChoice> | null = null;

/**
 * Chooses the TensorFlow.js backend for references once per process: native TensorFlow
 * (`@tensorflow/tfjs-node`, optional), WebGPU (`webgpu` + `@tensorflow/tfjs-backend-webgpu` where a
 * GPU exists), wasm, cpu. `GRADER_REFERENCE_BACKEND` forces one. Float64 references never call it.
 */
export function ensureReferenceBackend(): Promise<BackendChoice> {
  choice ??= chooseBackend();
  return choice;
}

async function chooseBackend(): Promise<BackendChoice> {
  const tf = await import('@tensorflow/tfjs');
  const forced = process.env.GRADER_REFERENCE_BACKEND;
  if (forced !== undefined && !(REFERENCE_BACKENDS as readonly string[]).includes(forced)) {
    throw new Error(`GRADER_REFERENCE_BACKEND must be one of ${REFERENCE_BACKENDS.join(', ')}; got "${forced}"`);
  }
  const order = forced ? [forced as ReferenceBackend] : [...REFERENCE_BACKENDS];
  const skipped: BackendChoice['skipped'] = [];
  for (const backend of order) {
    try {
      await registerBackend(backend);
      if (!(await tf.setBackend(backend))) throw new Error('setBackend returned false');
      await tf.ready();
      return { backend, skipped };
    } catch (error) {
      skipped.push({ backend, reason: String((error as Error).message ?? error).split('\n')[0] ?? '' });
      if (forced) throw new Error(`reference backend "${forced}" is not available: ${skipped.at(-1)?.reason}`);
    }
  }
  throw new Error(`no reference backend available: ${JSON.stringify(skipped)}`);
}

/** Optional packages are imported by a computed name so that bundlers and tsc do not require them. */
async function importOptional(name: string): Promise<unknown> {
  return import(/* @vite-ignore */ name);
}

async function registerBackend(backend: ReferenceBackend): Promise<void> {
  switch (backend) {
    case 'tensorflow':
      await importOptional('@tensorflow/tfjs-node');
      return;
    case 'webgpu': {
      const webgpu = (await importOptional('webgpu')) as { create?: (opts: string[]) => unknown; globals?: object };
      if (typeof webgpu.create !== 'function') throw new Error('webgpu package has no create()');
      Object.assign(globalThis, webgpu.globals ?? {});
      const gpu = webgpu.create([]) as { requestAdapter(): Promise<unknown> };
      if ((await gpu.requestAdapter()) === null) throw new Error('no GPU adapter');
      (globalThis as { navigator?: unknown }).navigator ??= { gpu };
      await importOptional('@tensorflow/tfjs-backend-webgpu');
      return;
    }
    case 'wasm': {
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      const require = createRequire(import.meta.url);
      const dist = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
      wasm.setWasmPaths(`${dist}${path.sep}`);
      return;
    }
    case 'cpu':
      return; // bundled with @tensorflow/tfjs
  }
}
