/**
 * Astro's content store (every entry's data and rendered Markdown) reaches the page renderer as
 * JavaScript modules, each one string literal. V8 compiles a huge literal in far more than linear
 * time, so the store is written in parts of at most this many bytes (astro.config.mjs); figures
 * in docs/performance.md.
 */
export const DATA_STORE_CHUNK_BYTES = 4 * 1024 * 1024;
