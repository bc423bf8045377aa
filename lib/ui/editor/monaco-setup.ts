'use client';

import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor';

// Monaco comes from the local package and its workers from local files: never a CDN, which
// self-hosted installs behind a firewall cannot reach.
self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === 'typescript' || label === 'javascript') {
      return new Worker(new URL('monaco-editor/language/typescript/ts.worker', import.meta.url), { type: 'module' });
    }
    return new Worker(new URL('monaco-editor/editor/editor.worker', import.meta.url), { type: 'module' });
  },
};

const ts = monaco.typescript;
// what the sandbox has: the ECMAScript library, no DOM and no Node
ts.typescriptDefaults.setCompilerOptions({
  target: ts.ScriptTarget.ESNext,
  lib: ['es2022'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.NodeJs,
  strict: true,
  noEmit: true,
  allowNonTsExtensions: true,
});
ts.typescriptDefaults.setEagerModelSync(true);
loader.config({ monaco });

export { monaco };
