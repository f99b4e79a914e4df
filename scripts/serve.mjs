#!/usr/bin/env node
// `npm start` serves the demo: a small static file server on 127.0.0.1 over the repository, so the demo
// pages load the built CDN bundle (/dist/biebkit.js) and the sample feeds (/demo/feeds/*.json) exactly as
// an embedding site would. Offline: nothing is fetched from elsewhere. PORT=8080 npm start to move it.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** `dir`: the folder to serve (default the repository; the consumer test serves its throwaway apps). */
export function startServer({ listenPort = port, listenHost = host, dir = root } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (path === '/') {
      res.writeHead(302, { location: '/demo/' });
      return res.end();
    }
    // The feed studio (packages/studio, built into its dist/) at /studio/.
    if (path === '/studio') {
      res.writeHead(302, { location: '/studio/' });
      return res.end();
    }
    if (path.startsWith('/studio/')) path = `/packages/studio/dist/${path.slice('/studio/'.length)}`;
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir) || file.includes(`${sep}node_modules${sep}.`) || file.includes(`${sep}.git${sep}`)) {
      res.writeHead(403);
      return res.end('Forbidden');
    }
    let stat;
    try {
      stat = statSync(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      return res.end('<!doctype html><title>Niet gevonden</title><h1>404 Niet gevonden</h1>');
    }
    if (stat.isDirectory()) {
      res.writeHead(302, { location: `${url.pathname}/` });
      return res.end();
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': stat.size,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(listenPort, listenHost, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await startServer();
  console.log(`Biebkit demo: http://${host}:${port}/demo/  (Ctrl+C to stop)`);
}
