/**
 * `index.html` of a published site: for the web editor who has to put it on a page. What is here, and for every
 * view the three ways to embed it (script tag, static HTML, iframe), with the snippets to copy, the calendars to
 * subscribe to and the strict-CSP recipe. Dutch, like the people who use it; no script, no inline style.
 */
import { localize, type Feed } from '@biebkit/feed';
import { documentStart, escapeHtml, styleSources } from './pages.js';
import type { SiteRecord } from './index.js';

/** A snippet to copy: focusable, since it may scroll. */
const code = (text: string) => `<pre tabindex="0"><code>${escapeHtml(text)}</code></pre>`;

export function siteIndex(feed: Feed, record: Omit<SiteRecord, 'files'>, o: { url: (to: string) => string; relative: (to: string) => string }): string {
  const org = localize(feed.organization.name, 'nl');
  const script = `<script type="module" src="${o.url(record.cdn.entry.path)}" integrity="${record.cdn.entry.integrity}" crossorigin="anonymous"></script>`;
  const resize = `<script src="${o.url(record.cdn.embed.resize.path)}" integrity="${record.cdn.embed.resize.integrity}" crossorigin="anonymous" async></script>`;
  const example = record.views.find((v) => v.element === 'opening-hours') ?? record.views[0];
  const iframe = example
    ? `<iframe src="${escapeHtml(example.iframe)}" title="${escapeHtml(example.title)}" width="100%" height="600" loading="lazy" data-biebkit></iframe>`
    : '';
  const scopes = new Map<string, typeof record.views>();
  for (const view of record.views) {
    const list = scopes.get(view.scope);
    if (list) list.push(view);
    else scopes.set(view.scope, [view]);
  }
  const municipalityName = (code: string) => {
    const m = feed.organization.municipalities.find((x) => x.id === code);
    return m ? `${localize(m.name, 'nl')} (${code})` : code;
  };
  const link = (to: string, label: string, attrs = '') => `<a href="${escapeHtml(o.relative(to))}"${attrs}>${escapeHtml(label)}</a>`;
  const viewRows = [...scopes]
    .map(([scope, views]) => {
      const title = scope === 'all' ? 'De hele organisatie' : `Gemeente ${municipalityName(scope)}`;
      const feedPath = record.feeds.find((f) => (f.municipality ?? 'all') === scope)?.path;
      const rows = views
        .filter((v) => v.lang === 'nl')
        .map((v) => {
          const en = views.find((x) => x.lang === 'en' && x.id === v.id);
          return `<tr><th scope="row">${escapeHtml(v.title)}</th><td>${link(v.page, 'voorbeeld')}</td><td>${link(v.fragment, 'HTML (nl)')}${en ? ` · ${link(en.fragment, 'HTML (en)', ' hreflang="en"')}` : ''}</td><td><code>${escapeHtml(v.iframe)}</code></td></tr>`;
        })
        .join('\n');
      return `<section aria-labelledby="scope-${escapeHtml(scope)}">
<h3 id="scope-${escapeHtml(scope)}">${escapeHtml(title)}</h3>
<p>${link(`nl/${scope}/index.html`, 'Alle weergaven (nl)')} · ${link(`en/${scope}/index.html`, 'All views (en)', ' hreflang="en"')}${feedPath ? ` · feed: ${link(feedPath, feedPath)}` : ''}</p>
<table>
<caption>Weergaven van ${escapeHtml(title)}</caption>
<thead><tr><th scope="col">Weergave</th><th scope="col">Pagina</th><th scope="col">Statische HTML</th><th scope="col">iframe-adres</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
    })
    .join('\n');
  const calendars = record.calendars
    .filter((c) => c.lang === 'nl')
    .map((c) => {
      const https = o.url(c.path);
      const webcal = /^https?:/.test(https) ? https.replace(/^https?:/, 'webcal:') : undefined;
      return `<li>${escapeHtml(c.name)} (${c.events} activiteiten): ${webcal ? `<a href="${escapeHtml(webcal)}">abonneren</a> · ` : ''}${link(c.path, c.path)}</li>`;
    })
    .join('\n');
  const styles = styleSources({ elements: new Set(record.csp.styleHashes), attributes: new Set(record.csp.styleAttributeHashes) }).join(' ');
  return `${documentStart('nl', "default-src 'self'; script-src 'none'; style-src 'none'; object-src 'none'; base-uri 'none'", `Biebkit · ${org}`)}
</head>
<body>
<main>
<h1>Biebkit: ${escapeHtml(org)}</h1>
<p>Gepubliceerd op ${escapeHtml(record.publishedAt)} met <code>biebkit publish</code>${record.baseUrl ? `, voor ${escapeHtml(record.baseUrl)}` : ', met relatieve adressen (zonder --base-url)'}.
Zet deze map op een webserver of CDN; alles is statisch.</p>

<h2>Insluiten op een pagina: drie manieren</h2>
<h3>1. Met het script: live</h3>
<p>Als je CMS scripts toestaat: plak dit één keer op de pagina, en daarna de HTML van een weergave (hieronder). De weergave staat er meteen, ook
voordat het script er is, en wordt live zodra het script de feed heeft. De <code>integrity</code>-hash zorgt dat de browser alleen precies dit bestand uitvoert.</p>
${code(script)}
<h3>2. Statische HTML: zonder script</h3>
<p>Als je CMS scripts weghaalt: plak alleen de HTML van een weergave. Die toont de gegevens zoals ze waren op het moment van publiceren
(tijden als ‘nu open’ zeggen erbij van wanneer ze zijn), met opmaak en toegankelijk, zonder JavaScript. Publiceer elke nacht opnieuw
(zie docs/publishing.md) en plak de HTML opnieuw, of gebruik een iframe.</p>
<h3>3. iframe</h3>
<p>Als je CMS alleen iframes toestaat. Elk element heeft een pagina in <code>embed/</code>; het adres kiest de vestiging, gemeente en taal.
Mag de pagina één script laden, zet er dan dit bij: het houdt elke iframe met <code>data-biebkit</code> zo hoog als zijn inhoud en geeft het kleurenschema door.</p>
${iframe ? code(iframe) : ''}
${code(resize)}
<p>Wie de iframe-pagina’s mag insluiten, stel je in met een <code>Content-Security-Policy: frame-ancestors …</code>-header op <code>embed/</code> (zie docs/publishing.md).</p>

<h3>Strenge Content Security Policy</h3>
<p>Het script en de weergaven werken onder een strenge CSP. Staan deze map en je pagina op hetzelfde domein:</p>
${code(`script-src 'self'; connect-src 'self'; style-src 'self' ${styles}`)}
<p>Op een ander domein: zet dat domein erbij in <code>script-src</code> en <code>connect-src</code>. Met een nonce in plaats daarvan:
<code>script-src 'nonce-…' 'strict-dynamic'</code> en <code>nonce="…"</code> op de scripttag; de stukken die het script later laadt, mogen dan mee.
De hashes in <code>style-src</code> zijn die van de stijlen in de vooraf gemaakte HTML (<code>'unsafe-hashes'</code> alleen voor de breedte van de voortgangsbalken).</p>

<h2>Weergaven</h2>
${viewRows}

<h2>Agenda’s om op te abonneren</h2>
<p>Agenda-apps halen deze bestanden zelf opnieuw op (elke 12 uur) en werken activiteiten bij in plaats van ze dubbel te zetten.
Engelse versies: dezelfde naam met <code>.en.ics</code>.</p>
<ul>
${calendars}
</ul>

<h2>Voor programma’s</h2>
<p>${link('site.json', 'site.json')}: alles hierboven als JSON, en de lijst van bestanden die <code>biebkit publish</code> schreef.</p>
</main>
</body>
</html>
`;
}
