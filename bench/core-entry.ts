// What the core benchmarks load in-process, bundled to dist/bench/core.mjs at bench time.
export { createCore } from '../src-main/core/create-core.js';
export { defaultConfig } from '../src-main/core/config.js';
export { MemoryPreferenceStore } from '../src-main/core/preferences/store.js';
export { silentLogger } from '../src-main/core/logger.js';
