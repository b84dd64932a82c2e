// What the app's Node bundles (browser host, Electron main) load from node_modules instead of
// carrying: native modules, and axios (imported only at the first bank call). Everything else, zod
// above all, is bundled in: many small files cost a fresh process more to find and load than one
// file costs to parse.
// The benchmarks bundle the core the same way.
export const APP_EXTERNAL = ['electron', '@napi-rs/keyring', 'better-sqlite3', 'axios'];
