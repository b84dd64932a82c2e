// What the app's Node bundles (browser host, Electron main) load from node_modules instead of
// carrying: native modules, and axios (imported only at the first bank call). Everything else, zod
// and pino above all, is bundled in: their many small files cost a fresh process more to find and
// load than one file costs to parse (pino out of the bundle added about 15 ms to main's start).
// pino's transports (worker files it finds at run time) are not used: the core logs to a stream.
// The benchmarks bundle the core the same way.
export const APP_EXTERNAL = ['electron', '@napi-rs/keyring', 'better-sqlite3', 'axios'];
