/**
 * Which files the config of a folder is read from: the config files found from
 * the folder upward (as src/config/loader.ts looks them up) and every file they
 * `extends`, recursively — team lexicons and shared standards live there. The
 * server drops its engines when one of them changes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CONFIG_FILES } from '../config/loader.js';

function read(file: string): Record<string, unknown> | undefined {
  try {
    const data = parseYaml(readFileSync(file, 'utf8')) as unknown;
    const value = path.basename(file) === 'package.json' ? (data as Record<string, unknown> | null)?.transcriptLint : data;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function follow(file: string, out: Set<string>): Record<string, unknown> | undefined {
  if (out.has(file)) return undefined;
  out.add(file);
  const data = read(file);
  const parents = data?.extends;
  for (const name of [parents ?? []].flat()) {
    if (typeof name !== 'string' || (!name.startsWith('.') && !path.isAbsolute(name))) continue; // a preset
    follow(path.resolve(path.dirname(file), name), out);
  }
  return data;
}

function isFile(file: string): boolean {
  try {
    return existsSync(file) && statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Config files (and what they extend) that apply to files in `dir`; `configFile` replaces the lookup. */
export function configDependencies(dir: string, out = new Set<string>()): Set<string> {
  for (let current = path.resolve(dir); ; ) {
    const own = CONFIG_FILES.map((name) => path.join(current, name)).find(isFile);
    const pkg = path.join(current, 'package.json');
    let data: Record<string, unknown> | undefined;
    if (own) data = follow(own, out);
    else if (isFile(pkg) && read(pkg)) data = follow(pkg, out);
    if (data?.root === true) break;
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return out;
}
