/**
 * A worker thread's task: lint one file, or some chunks of a JSON Lines file,
 * with an Engine built once per worker from the same options as the main one.
 */
import type { LintResult } from '../model.js';
import type { ChunkRange } from './chunks.js';
import { Engine, failureMessage, fatalResult, type EngineOptions } from './engine.js';

export interface WorkerTask {
  options: EngineOptions;
  file: string;
  ranges?: ChunkRange[];
  firstLine?: number;
  charOffset?: number;
}

let engine: Engine | undefined;
let engineKey = '';

export default function lint(task: WorkerTask): LintResult {
  const key = JSON.stringify(task.options);
  if (!engine || key !== engineKey) {
    engine = new Engine(task.options);
    engineKey = key;
  }
  try {
    return task.ranges ? engine.lintJsonLines(task.file, task.ranges, task.firstLine, task.charOffset) : engine.lintFile(task.file);
  } catch (error) {
    // A chunk that cannot be read (the file went away) or a bug: a fatal message on the file, not a failed run.
    return fatalResult(task.file, failureMessage(error));
  }
}
