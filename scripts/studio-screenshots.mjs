#!/usr/bin/env node
// Screenshots of the feed studio for docs/feed.md (docs/import/studio-*.png), taken in headless Chromium from
// the built studio (npm run build first): the LibreOffice-made workbook of the import tests with one mistake
// typed into it, the mistake shown beside its cell, and the previews. Run: node scripts/studio-screenshots.mjs
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.mjs';
import { startServer } from './serve.mjs';

const root = new URL('..', import.meta.url).pathname;
const server = await startServer({ listenPort: 0, listenHost: '127.0.0.1' });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });

// The workbook staff kept in LibreOffice, with a time typed wrongly on Openingstijden row 5.
const wb = XLSX.read(readFileSync(`${root}packages/import/test/fixtures/duinstreek.xlsx`), { type: 'buffer', cellStyles: true });
wb.Sheets['Openingstijden']['H5'] = { t: 's', v: '08.00 - 2000 uur' };
const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' });
const files = [
  { name: 'duinstreek.xlsx', data: Buffer.from(bytes).toString('base64') },
  { name: 'agenda.ics', data: readFileSync(`${root}packages/import/test/fixtures/agenda.ics`).toString('base64') },
];

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  await page.goto(`${origin}/studio/`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('biebkit-studio'));
  await page.evaluate(async (files) => {
    const studio = document.querySelector('biebkit-studio');
    const shown = new Promise((resolve) => studio.addEventListener('studio-preview', resolve, { once: true }));
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name));
    studio.shadowRoot.querySelector('.drop').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true }));
    await shown;
    // Go to the mistake, as staff do from the list.
    [...studio.shadowRoot.querySelectorAll('.problems button.place')].find((b) => b.textContent === 'Openingstijden!H5').click();
    await studio.updateComplete;
  }, files);
  await new Promise((r) => setTimeout(r, 400));
  const clip = async (selector, path, height) => {
    const box = await page.evaluate((sel) => {
      const el = document.querySelector('biebkit-studio').shadowRoot.querySelector(sel);
      el.scrollIntoView();
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y + window.scrollY, width: r.width };
    }, selector);
    await page.screenshot({ path, clip: { x: 0, y: Math.max(0, box.y - 16), width: 1280, height }, captureBeyondViewport: true });
    console.log(`wrote ${path}`);
  };
  await clip('section[aria-labelledby="s2"]', `${root}docs/import/studio-check.png`, 880);
  await clip('section[aria-labelledby="s3"]', `${root}docs/import/studio-preview.png`, 1000);
} finally {
  await browser.close();
  server.close();
}
