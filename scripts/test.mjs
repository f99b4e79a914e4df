#!/usr/bin/env node
// `npm test`: finds (or installs) Chromium, then runs every check in order and ends with one line
// `N passed, N failed`: the unit, browser and consumer tests counted one by one, each other check (schema
// codegen, typecheck, lint, build, budgets, docs, element types, Storybook build) counted as one. Exits
// non-zero on any failure. `node scripts/test.mjs build budgets` runs only the named checks.
import { spawn, spawnSync } from 'node:child_process';
import { findChrome } from './find-chrome.mjs';

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

function ensureChrome() {
  let chrome = findChrome();
  if (chrome) return chrome;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (hasApt) {
    console.log('Chromium not found: installing Debian\'s chromium with apt-get…');
    const sudo = isRoot ? '' : 'sudo -n ';
    spawnSync('sh', ['-c', `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`], { stdio: 'inherit' });
    chrome = findChrome();
  }
  if (!chrome) {
    console.error('No Chromium found. Install it (Debian: apt-get install chromium) or set CHROME_PATH.');
  }
  return chrome;
}

function run(name, command, { parse } = {}) {
  if (only.length && !only.includes(name)) return Promise.resolve();
  console.log(`\n▶ ${name}: ${command}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      out += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (parse) {
        const counts = parse(out);
        if (counts) {
          passed += counts.passed;
          failed += counts.failed;
          skipped += counts.skipped ?? 0;
          if (counts.failed || code !== 0) failures.push(name);
          if (code !== 0 && counts.failed === 0) failed++;
          console.log(`◀ ${name}: ${counts.passed} passed, ${counts.failed} failed (${seconds} s)`);
          return resolve();
        }
      }
      if (code === 0) passed++;
      else {
        failed++;
        failures.push(name);
      }
      console.log(`◀ ${name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} (${seconds} s)`);
      resolve();
    });
  });
}

const parseNodeTest = (out) => {
  const pass = /ℹ pass (\d+)/.exec(out);
  const fail = /ℹ fail (\d+)/.exec(out);
  const skip = /ℹ skipped (\d+)/.exec(out);
  if (!pass || !fail) return undefined;
  return { passed: Number(pass[1]), failed: Number(fail[1]), skipped: skip ? Number(skip[1]) : 0 };
};
const parseConsumer = (out) => {
  const m = /consumer: (\d+) passed, (\d+) failed/.exec(out);
  return m ? { passed: Number(m[1]), failed: Number(m[2]) } : undefined;
};
const parseBrowser = (out) => {
  const m = /browser: (\d+) passed, (\d+) failed(?:, (\d+) skipped)?/.exec(out);
  return m ? { passed: Number(m[1]), failed: Number(m[2]), skipped: m[3] ? Number(m[3]) : 0 } : undefined;
};

const chrome = ensureChrome();
if (chrome) process.env.CHROME_PATH = chrome;

await run('codegen', 'node scripts/gen-schema.mjs --check');
await run('typecheck', 'npm run --silent typecheck');
await run('lint', 'npm run --silent lint');
await run('build', 'npm run --silent build');
// The sample feeds published (demo/site/): the embed builder offers them, the browser tests check them.
await run('publish-demo', 'node scripts/publish-demo.mjs');
await run('budgets', 'node scripts/budgets.mjs');
await run('docs', 'node scripts/gen-element-docs.mjs --check');
await run('element-types', 'node scripts/gen-element-types.mjs --check');
if (chrome) await run('consumer', 'node scripts/consumer-test.mjs', { parse: parseConsumer });
else if (!only.length || only.includes('consumer')) {
  failed++;
  failures.push('consumer (no Chromium)');
}
await run('storybook', 'npm run --silent build-storybook && node scripts/check-storybook.mjs');
await run('unit', 'npm run --silent test:unit', { parse: parseNodeTest });
if (chrome) await run('browser', 'npx web-test-runner', { parse: parseBrowser });
else {
  failed++;
  failures.push('browser (no Chromium)');
}

console.log('');
if (failures.length) console.log(`Failed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
