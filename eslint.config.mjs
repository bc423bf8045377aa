// ESLint holds the layers apart (see README, "Code layout"); Next's own rules catch React and Next mistakes.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const SERVER_MODULES = {
  group: ['**/lib/server/**', '@/lib/server/**', '../server/**', '../../server/**', 'server-only', 'pg', '@prisma/*', '**/lib/generated/**', '@/lib/generated/**', 'graphile-worker', 'nodemailer', 'isolated-vm'],
  allowTypeImports: true,
  message: 'Client code runs in the browser: import server modules only as types (`import type`), and fetch data through an API route or a server component.',
};

/** A local rule: a module that starts with 'use client' may not import server modules (types excepted). */
const layers = {
  rules: {
    'no-server-imports-in-client': {
      meta: { type: 'problem', schema: [], messages: { server: "'{{source}}' is a server module; a 'use client' module may import it only as a type." } },
      create(context) {
        const isClient = context.sourceCode.ast.body.some((node) => node.type === 'ExpressionStatement' && node.directive === 'use client');
        if (!isClient) return {};
        const patterns = [/(^|\/)lib\/server\//, /^(\.\.\/)+server\//, /^@\/lib\/server\//, /^server-only$/, /^pg$/, /^@prisma\//, /(^|\/)lib\/generated\//, /^graphile-worker$/, /^nodemailer$/, /^isolated-vm$/, /^next\/headers$/];
        return {
          ImportDeclaration(node) {
            if (node.importKind === 'type') return;
            if (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type')) return;
            const source = String(node.source.value);
            if (patterns.some((p) => p.test(source))) context.report({ node, messageId: 'server', data: { source } });
          },
        };
      },
    },
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores(['.next/**', 'node_modules/**', 'lib/generated/**', 'data/**', 'test-results/**', 'next-env.d.ts', 'problems/*/starter.ts', 'problems/*/solution.ts', 'problems/*/mistakes/**']),
  {
    plugins: { layers },
    rules: {
      'layers/no-server-imports-in-client': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true, allowShortCircuit: true }],
      // written for the React Compiler, which this app does not use: the "latest callback in a ref"
      // pattern and resetting state when a selection changes are deliberate here
      'react-hooks/refs': 'off',
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  {
    // app/ is thin: no Prisma import, and no query through db() — pass db() to a lib/server function instead
    files: ['app/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@prisma/*', '**/lib/generated/**', '@/lib/generated/**', 'pg'], message: 'No Prisma (or SQL) under app/: call a domain function in lib/server.' }] }],
      'no-restricted-syntax': ['error', { selector: "MemberExpression[object.type='CallExpression'][object.callee.name='db']", message: 'No Prisma queries under app/: pass db() to a domain function in lib/server.' }],
    },
  },
  {
    // the grader is a library: it knows nothing of the web app, the database or the queue
    files: ['grader/**', 'problems/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/lib/**', '@/**', '**/app/**', '**/worker/**', 'next', 'next/*', 'react', '@prisma/*', 'graphile-worker', 'pg'], message: 'The grader is a library: it may not import the web app, the database or the queue.' }] }],
    },
  },
  {
    // UI helpers and shared views run in the browser too
    files: ['lib/ui/**', 'lib/shared/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [SERVER_MODULES] }] },
  },
  {
    // scripts and tests drive the server from outside
    files: ['scripts/**', 'tests/**', 'worker/**', '*.config.*'],
    rules: { '@next/next/no-assign-module-variable': 'off' },
  },
]);
