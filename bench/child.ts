/**
 * Runs the CLI in this process and reports what the parent cannot see from
 * outside on every platform: this process's peak RSS.
 */
import { execute } from '../src/cli.js';

const code = await execute(process.argv.slice(2));
process.stderr.write(`\n@@bench ${JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS })}\n`);
