#!/usr/bin/env node
// The command-line tool is built as one file (scripts/bundle.mjs): it starts faster.
import { main } from '../dist/cli.bundle.js';

await main();
// Done: leave now, with the exit code main set, rather than when the event loop drains. Node
// would first run the garbage collections V8 has scheduled by then (a scavenge and a full
// mark of a heap about to be thrown away: ~40 ms of CPU of a one-article run). Only when
// nothing is left to write: on Linux, writes to pipes, files and terminals are synchronous, so
// nothing is; where a pipe is written asynchronously (macOS), the process ends as before.
if (!process.stdout.writableLength && !process.stderr.writableLength) process.exit();
