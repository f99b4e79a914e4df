#!/usr/bin/env node
// biebkit validate <file-or-url> [--json] [--quiet]
// Prints every problem in a Biebkit feed with its JSON Pointer; exits 1 when the feed has errors
// (an item that had to be left out, or a feed that cannot be used at all), 0 when it is clean or has
// only warnings, 2 on wrong usage.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
