#!/usr/bin/env node
// The command-line tool is built as one file (scripts/bundle.mjs): it starts faster.
import { main } from '../dist/cli.bundle.js';

await main();
