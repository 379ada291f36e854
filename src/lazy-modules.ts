/**
 * Dependencies loaded on first use. Linting one macro file needs neither a YAML parser
 * (no YAML config), nor ajv (nothing to validate), nor fast-glob (a plain path): loading
 * them up front was a fifth of a single file's run. They are CommonJS packages, so a
 * synchronous require keeps every caller synchronous.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function lazy<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(id) as T);
}

export const yaml = lazy<typeof import('yaml')>('yaml');
export const ajv = lazy<typeof import('ajv')>('ajv');
export const fastGlob = lazy<typeof import('fast-glob')>('fast-glob');
