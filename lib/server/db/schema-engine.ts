import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';

let loaded: Promise<void> | undefined;

/**
 * Loads Prisma's schema engine compiled to WebAssembly (the npm package), instead of the native
 * binary that the Prisma CLI downloads and that cannot be fetched offline. Node cannot import a
 * .wasm module directly, so it is instantiated here the way the package's own entry would.
 */
function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm')), 'schema_engine_bg.wasm');
    // The engine reports a Rust panic through this global before it throws.
    const registry = { message: "", set_message(message: string) { this.message = message; console.error("schema engine panic:", message); } };
    Object.assign(globalThis, { PRISMA_WASM_PANIC_REGISTRY: registry });
    const imports = { './schema_engine_bg.js': bindings as unknown as WebAssembly.ModuleImports };
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), imports);
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return loaded;
}

type PgAdapter = Awaited<ReturnType<PrismaPg['connect']>>;
type RawResult = { fields: { dataTypeID: number }[] };
type TypedResult = Awaited<ReturnType<PgAdapter['queryRaw']>>;
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * adapter-pg cannot type the one-byte `"char"` columns the engine reads from the system catalogs
 * (pg passes their values as strings), so they are typed here as the engine's Character.
 */
function typeCharColumns(adapter: PgAdapter): PgAdapter {
  const target = adapter as unknown as {
    performIO: (query: unknown) => Promise<RawResult>;
    queryRaw: (query: unknown) => Promise<TypedResult>;
  };
  const performIO = target.performIO.bind(adapter);
  const queryRaw = target.queryRaw;
  target.queryRaw = async (query) => {
    const raw = await performIO(query);
    const charColumns = raw.fields.flatMap((f, i) => (f.dataTypeID === PG_CHAR_OID ? [i] : []));
    raw.fields = raw.fields.map((f) => (f.dataTypeID === PG_CHAR_OID ? { ...f, dataTypeID: PG_TEXT_OID } : f));
    const replay = Object.create(adapter, { performIO: { value: async () => raw } }) as PgAdapter;
    const typed = await queryRaw.call(replay, query);
    for (const i of charColumns) typed.columnTypes[i] = ColumnTypeEnum.Character;
    return typed;
  };
  return adapter;
}

async function connect(url: string): Promise<PgAdapter> {
  return typeCharColumns(await new PrismaPg({ connectionString: url }).connect());
}

export async function openSchemaEngine(databaseUrl: string, schema: string): Promise<SchemaEngine> {
  await loadWasm();
  const main = new PrismaPg({ connectionString: databaseUrl });
  const factory = Object.assign(main, {
    connect: () => connect(databaseUrl),
    // adapter-pg's own helper keeps the main connection string, so it would connect to the main
    // database; this one points the shadow connection at the database it creates.
    connectToShadowDb: async () => {
      const admin = await connect(databaseUrl);
      const name = `prisma_shadow_${randomUUID().replace(/-/g, '')}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const shadowUrl = new URL(databaseUrl);
      shadowUrl.pathname = `/${name}`;
      const shadow = await connect(shadowUrl.toString());
      const disposeShadow = shadow.dispose.bind(shadow);
      return Object.assign(shadow, {
        dispose: async () => {
          await disposeShadow();
          await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
          await admin.dispose();
        },
      });
    },
  });
  const { SchemaEngine: Engine } = bindings as unknown as { SchemaEngine: typeof SchemaEngine };
  return Engine.new({ datamodels: [['schema.prisma', schema]] }, () => undefined, bindMigrationAwareSqlAdapterFactory(factory));
}
