import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

/**
 * The extraction code as one CommonJS file, dist/extract.cjs (scripts/bundle.mjs), run with
 * V8's code cache of it, dist/extract.cjs.cache (scripts/build-cache.mjs).
 *
 * A cold article spent a tenth of its time parsing the extraction code and compiling each of
 * its functions when first called. Node 20 keeps no code cache for ES modules, but a script
 * compiled through node:vm takes one: the build runs the fixtures through the script and
 * saves the bytecode V8 made of every function they called, and a run reads it back instead.
 *
 * V8 refuses a cache made by another version of V8 or under other flags (the CLI turns off
 * regular-expression optimisation for short inputs; the build makes the cache under that
 * setting); the script then compiles as it would without one. The script's first line is a
 * digest of the rest (made by the build), and the cache starts with the line of the script it
 * was made from: a cache of another build is not used at all.
 */

export interface LoadedScript<T> {
  exports: T;
  script: Script;
  /** Whether V8 took the cache (false: no cache, or refused). */
  cached: boolean;
}

/** The first line of a built script: "// build <digest of the rest>" (scripts/bundle.mjs). */
const BUILD_LINE = /^\/\/ build [0-9a-f]{40}\n/;
const ID = 49; // "// build " and 40 hex digits

/**
 * Compile and run a CommonJS file, with its cache when there is one for this very source.
 * `beforeRun` is called between the two: V8 checks the cache against its flags when the script
 * is compiled, so flags set there apply to the run without costing the cache.
 */
export function loadScript<T>(file: string, cacheFile = `${file}.cache`, beforeRun?: () => void): LoadedScript<T> {
  const source = readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  // (the cache opens with the build line of the script it was made from)
  if (BUILD_LINE.test(source) && existsSync(cacheFile)) {
    const cache = readFileSync(cacheFile);
    if (cache.length > ID && cache.toString('latin1', 0, ID) === source.slice(0, ID)) cachedData = cache.subarray(ID);
  }
  // (the wrapper Node gives a CommonJS module, and the module's URL for what esbuild made of import.meta.url)
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __import_meta_url) {${source}\n})`, { filename: file, cachedData });
  beforeRun?.();
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file), pathToFileURL(file).href);
  return { exports: module.exports, script, cached: !!cachedData && !script.cachedDataRejected };
}

/** Write the cache of a script loaded and run (the build's). */
export function saveScriptCache(file: string, loaded: LoadedScript<unknown>, cacheFile = `${file}.cache`): number {
  const source = readFileSync(file, 'utf8');
  if (!BUILD_LINE.test(source)) throw new Error(`${file}: no build line to make a cache for`);
  const data = loaded.script.createCachedData();
  writeFileSync(cacheFile, Buffer.concat([Buffer.from(source.slice(0, ID), 'latin1'), data]));
  return data.length;
}
