#!/usr/bin/env node
// Hands argv to the CLI and sets the exit code; nothing else lives here.
import { execute } from '../dist/src/cli.js';

process.exitCode = await execute(process.argv.slice(2));
