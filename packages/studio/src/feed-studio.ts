import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localize, type Feed } from '@biebkit/feed';
import { columnLetter as columnName, formatPlace, type ImportProblem } from '@biebkit/import/problems';
import { sheetKey, type Ask, type Request, type Response, type SheetView, type StudioState } from './protocol.js';
import { WORDS, type Words } from './i18n.js';
import { studioStyles } from './studio.styles.js';

const PAGE = 50;

/** What the studio measured: reading the files, the import, and from the drop to the previews shown. */
export interface StudioTimings {
  read: number;
  import: number;
  preview?: number;
}

/**
 * The Biebkit feed studio: drop a workbook, CSV files, a calendar or an OSM export (or start from the empty
 * template); see every problem beside its sheet, row and cell and fix it there; see every Biebkit element
 * for the organisation and each municipality; download feed.json and the workbook. The files are read and
 * imported in a worker by the same importer as `biebkit import`; nothing is sent anywhere.
 *
 * @tagname biebkit-studio
 * @fires studio-state - After every import. `detail`: the state (problems, feed).
 * @fires studio-preview - When the previews show the new feed. `detail`: timings.
 * @fires studio-download - Before a download starts. `detail`: `{ name, blob }`.
 */
export class FeedStudio extends LitElement {
  static override styles = studioStyles;

  @property({ reflect: true }) override lang = 'nl';

  @state() private busy = false;
  @state() private failure?: string;
  @state() private studio?: StudioState;
  @state() private sheets: SheetView[] = [];
  @state() private active?: string;
  @state() private page = 0;
  @state() private onlyProblems = false;
  @state() private municipality = '';
  @state() private branch = '';
  @state() private stop = '';
  /** The day the previews show (YYYY-MM-DD, at 12:00 Amsterdam time); empty: now. */
  @state() private previewDate = '';
  @state() private dragging = false;
  @state() private announcement = '';

  /** The last timings, for the benchmark and for the curious. */
  timings?: StudioTimings;

  #worker?: Worker;
  #nextId = 1;
  #pending = new Map<number, (r: Response) => void>();
  #droppedAt?: number;
  #focusAfterRender?: string;

  private get t(): Words {
    return WORDS[this.lang === 'en' ? 'en' : 'nl'] as Words;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#worker?.terminate();
    this.#worker = undefined;
  }

  #ask(req: Ask, transfer: Transferable[] = []): Promise<Response> {
    this.#worker ??= this.#startWorker();
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      this.#worker!.postMessage({ ...req, id } as Request, transfer);
    });
  }

  #startWorker(): Worker {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'biebkit-import' });
    worker.addEventListener('message', (e: MessageEvent<Response>) => {
      const resolve = this.#pending.get(e.data.id);
      this.#pending.delete(e.data.id);
      resolve?.(e.data);
    });
    worker.addEventListener('error', (e) => {
      this.failure = e.message || 'worker';
      this.busy = false;
    });
    return worker;
  }

  /** Reads files (what a drop or the file chooser gives). */
  async load(files: File[]): Promise<void> {
    if (!files.length) return;
    this.#droppedAt = performance.now();
    const list = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    await this.#run({ type: 'load', files: list }, list.map((f) => f.bytes.buffer));
  }

  /** Starts from the empty template. */
  async startFromTemplate(org?: string): Promise<void> {
    this.#droppedAt = performance.now();
    await this.#run({ type: 'template', ...(org ? { org } : {}) });
  }

  async #run(req: Ask, transfer: Transferable[] = []): Promise<void> {
    this.busy = true;
    this.failure = undefined;
    this.announcement = this.t.reading;
    const res = await this.#ask(req, transfer);
    this.busy = false;
    if (res.type === 'failed') {
      this.failure = res.message;
      return;
    }
    if (res.type !== 'state') return;
    this.#apply(res.state);
  }

  #apply(next: StudioState): void {
    this.studio = next;
    if (next.sheets) {
      this.sheets = next.sheets;
      if (!this.active || !this.sheets.some((s) => s.key === this.active)) this.active = this.sheets[0]?.key;
    }
    const orgMunicipalities = next.feed?.organization.municipalities.map((m) => m.id) ?? [];
    if (this.municipality && !orgMunicipalities.includes(this.municipality)) this.municipality = '';
    this.announcement = this.t.read(next.files.join(', '), next.errors, next.warnings);
    this.dispatchEvent(new CustomEvent('studio-state', { detail: next }));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusAfterRender) {
      const el = this.renderRoot.querySelector<HTMLElement>(this.#focusAfterRender);
      this.#focusAfterRender = undefined;
      el?.focus();
    }
    if ((changed as Map<string, unknown>).has('studio') && this.studio?.feed) void this.#previewShown();
  }

  /** Waits for the previews to show the feed, then reports the time from the drop. */
  async #previewShown(): Promise<void> {
    const root = this.renderRoot.querySelector('library-feed');
    if (!root) return;
    const elements = [...root.querySelectorAll('kpi-tile-group, goal-progress, opening-hours, branch-map, activity-calendar')] as (HTMLElement & { updateComplete?: Promise<unknown> })[];
    await customElements.whenDefined('activity-calendar');
    // The feed is validated (lazily) and provided through context; each element renders after that.
    for (let i = 0; i < 3; i++) await Promise.all(elements.map((el) => el.updateComplete));
    if ((root as HTMLElement & { status?: string }).status === 'loading') {
      await new Promise((resolve) => root.addEventListener('feed-load', resolve, { once: true }));
      await Promise.all(elements.map((el) => el.updateComplete));
    }
    this.timings = { ...this.studio!.timings, ...(this.#droppedAt !== undefined ? { preview: performance.now() - this.#droppedAt } : {}) };
    this.#droppedAt = undefined;
    this.dispatchEvent(new CustomEvent('studio-preview', { detail: this.timings }));
  }

  // ---- events ------------------------------------------------------------------------------------

  #onDrop(e: DragEvent): void {
    e.preventDefault();
    this.dragging = false;
    void this.load([...(e.dataTransfer?.files ?? [])]);
  }

  #onDragOver(e: DragEvent): void {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  #onChoose(e: Event): void {
    const input = e.target as HTMLInputElement;
    void this.load([...(input.files ?? [])]);
    input.value = '';
  }

  async #edit(sheet: SheetView, row: number, col: number, input: HTMLInputElement): Promise<void> {
    const line = sheet.rows.find((r) => r.n === row);
    if (!line || line.cells[col] === input.value) return;
    line.cells[col] = input.value;
    await this.#run({ type: 'edit', key: sheet.key, row, col, text: input.value });
    this.announcement = `${this.t.edited(`${sheet.csv ? sheet.file : sheet.name}!${columnName(col)}${row}`)} ${this.announcement}`;
  }

  async #addRow(sheet: SheetView): Promise<void> {
    await this.#run({ type: 'add-row', key: sheet.key });
    const view = this.sheets.find((s) => s.key === sheet.key);
    const last = view?.rows.at(-1);
    if (view && last) {
      this.onlyProblems = false;
      this.page = Math.floor((view.rows.length - 1) / PAGE);
      this.#focusAfterRender = `input[data-row="${last.n}"][data-col="0"]`;
    }
  }

  async #deleteRow(sheet: SheetView, row: number): Promise<void> {
    await this.#run({ type: 'delete-row', key: sheet.key, row });
  }

  async #download(what: 'feed' | 'workbook'): Promise<void> {
    const res = await this.#ask({ type: 'download', what });
    if (res.type !== 'file') return;
    const blob = new Blob([res.bytes as BlobPart], { type: res.mime });
    this.dispatchEvent(new CustomEvent('studio-download', { detail: { name: res.name, blob } }));
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = res.name;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
  }

  /** The sheet a problem is about, if the studio shows it. */
  #sheetOf(problem: ImportProblem): SheetView | undefined {
    const p = problem.place;
    if (p.kind === 'cell') return this.sheets.find((s) => s.key === sheetKey(p.file, p.sheet));
    if (p.kind === 'sheet' && p.sheet) return this.sheets.find((s) => s.key === sheetKey(p.file, p.sheet!));
    return undefined;
  }

  /** Goes to the cell (or row, or sheet) a problem names, and puts the focus there. */
  goTo(problem: ImportProblem): void {
    const p = problem.place;
    const sheet = this.#sheetOf(problem);
    if (!sheet) return;
    this.active = sheet.key;
    this.onlyProblems = false;
    if (p.kind === 'cell') {
      const index = sheet.rows.findIndex((r) => r.n === p.row);
      this.page = Math.max(0, Math.floor(index / PAGE));
      this.#focusAfterRender = p.col !== undefined && index >= 0 ? `input[data-row="${p.row}"][data-col="${p.col}"]` : `[data-row-head="${p.row}"]`;
    } else {
      this.page = 0;
      this.#focusAfterRender = `#panel-heading`;
    }
  }

  #onTabKey(e: KeyboardEvent): void {
    const i = this.sheets.findIndex((s) => s.key === this.active);
    let next = i;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (i + 1) % this.sheets.length;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = (i - 1 + this.sheets.length) % this.sheets.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = this.sheets.length - 1;
    else return;
    e.preventDefault();
    this.#select(this.sheets[next]!.key);
    this.#focusAfterRender = `#tab-${next}`;
  }

  #select(key: string): void {
    this.active = key;
    this.page = 0;
  }

  // ---- rendering ----------------------------------------------------------------------------------

  protected override render() {
    const t = this.t;
    return html`
      <header class="bar">
        <p class="brand"><strong>Biebkit</strong> · ${t.title.replace(/^Biebkit /, '')}</p>
        <button class="link" type="button" lang=${this.lang === 'en' ? 'nl' : 'en'} @click=${() => (this.lang = this.lang === 'en' ? 'nl' : 'en')}>${t.language}</button>
      </header>
      <h1>${t.title}</h1>
      <p class="intro">${t.intro}</p>
      <section aria-labelledby="s1">
        <h2 id="s1">${t.step1}</h2>
        <div class="drop ${this.dragging ? 'over' : ''}" @dragover=${this.#onDragOver} @dragleave=${() => (this.dragging = false)} @drop=${this.#onDrop}>
          <p>${t.drop}</p>
          <p class="actions">
            <label class="button primary" for="files">${t.choose}</label>
            <input id="files" class="visually-hidden" type="file" multiple accept=".xlsx,.xlsm,.xls,.ods,.csv,.txt,.ics,.geojson,.json" @change=${this.#onChoose} />
            <button type="button" @click=${() => this.startFromTemplate()}>${t.template}</button>
          </p>
        </div>
        <p class="status" role="status" aria-live="polite">${this.announcement}</p>
        ${this.failure ? html`<p class="failure" role="alert">${t.failed} ${this.failure}</p>` : nothing}
      </section>
      ${this.studio ? this.#renderCheck() : nothing} ${this.studio ? this.#renderPreview() : nothing} ${this.studio ? this.#renderDownloads() : nothing}
    `;
  }

  #problemsBySheet(): Map<string, ImportProblem[]> {
    const map = new Map<string, ImportProblem[]>();
    for (const p of this.studio?.problems ?? []) {
      const place = p.place;
      if (place.kind !== 'cell' && !(place.kind === 'sheet' && place.sheet)) continue;
      const key = sheetKey(place.file, place.kind === 'cell' ? place.sheet : place.sheet!);
      let list = map.get(key);
      if (!list) map.set(key, (list = []));
      list.push(p);
    }
    return map;
  }

  #renderCheck() {
    const t = this.t;
    const studio = this.studio!;
    const bySheet = this.#problemsBySheet();
    const lang = this.lang === 'en' ? 'en' : 'nl';
    const order = { error: 0, warning: 1, info: 2 } as const;
    // The first few hundred (errors first); the rest are beside their rows, and counted on the sheets' tabs.
    const all = [...studio.problems].sort((a, b) => order[a.severity] - order[b.severity]);
    const sorted = all.slice(0, 300);
    const sheet = this.sheets.find((s) => s.key === this.active);
    return html`
      <section aria-labelledby="s2" aria-busy=${this.busy ? 'true' : 'false'}>
        <h2 id="s2">${t.step2}</h2>
        <details class="problems" ?open=${studio.problems.some((p) => p.severity !== 'info')}>
          <summary>${t.allProblems(studio.problems.length)}</summary>
          ${sorted.length
            ? html`<ul>
                ${sorted.map(
                  (p) => html`<li class=${p.severity}>
                    <span class="badge">${t.severity[p.severity]}</span>
                    ${this.#sheetOf(p)
                      ? html`<button type="button" class="link place" @click=${() => this.goTo(p)}>${formatPlace(p.place, lang)}</button>`
                      : p.place.kind === 'import'
                        ? nothing
                        : html`<span class="place">${formatPlace(p.place, lang)}</span>`}
                    <span class="text">${p[lang]}</span>
                  </li>`,
                )}
              </ul>
              ${all.length > sorted.length ? html`<p>${t.more(all.length - sorted.length)}</p>` : nothing}`
            : html`<p>${t.none}</p>`}
        </details>
        ${this.sheets.length
          ? html`
              <div class="tabs" role="tablist" aria-label=${t.sheets} @keydown=${this.#onTabKey}>
                ${this.sheets.map((s, i) => {
                  const ps = bySheet.get(s.key) ?? [];
                  const e = ps.filter((p) => p.severity === 'error').length;
                  const w = ps.filter((p) => p.severity === 'warning').length;
                  const selected = s.key === this.active;
                  return html`<button
                    type="button"
                    role="tab"
                    id="tab-${i}"
                    aria-selected=${selected ? 'true' : 'false'}
                    aria-controls="panel"
                    tabindex=${selected ? 0 : -1}
                    class=${e ? 'has-errors' : w ? 'has-warnings' : ''}
                    @click=${() => this.#select(s.key)}
                  >
                    ${s.csv ? s.file : s.name}${e || w ? html` <span class="count">${t.sheetCount(e, w)}</span>` : nothing}
                  </button>`;
                })}
              </div>
              ${sheet ? this.#renderSheet(sheet, bySheet.get(sheet.key) ?? []) : nothing}
            `
          : nothing}
      </section>
    `;
  }

  #renderSheet(sheet: SheetView, problems: ImportProblem[]) {
    const t = this.t;
    const lang = this.lang === 'en' ? 'en' : 'nl';
    const byRow = new Map<number, ImportProblem[]>();
    const sheetLevel: ImportProblem[] = [];
    for (const p of problems) {
      if (p.place.kind === 'cell') {
        let list = byRow.get(p.place.row);
        if (!list) byRow.set(p.place.row, (list = []));
        list.push(p);
      } else sheetLevel.push(p);
    }
    const rows = this.onlyProblems ? sheet.rows.filter((r) => byRow.has(r.n)) : sheet.rows;
    const pages = Math.max(1, Math.ceil(rows.length / PAGE));
    const page = Math.min(this.page, pages - 1);
    const shown = rows.slice(page * PAGE, page * PAGE + PAGE);
    const title = sheet.csv ? sheet.file : sheet.name;
    const pid = (p: ImportProblem, i: number) => `m-${p.place.kind === 'cell' ? p.place.row : 0}-${i}`;
    return html`
      <div role="tabpanel" id="panel" aria-labelledby="panel-heading" class="panel">
        <h3 id="panel-heading" tabindex="-1">${title}${sheet.spec !== title ? html` <span class="spec">(${sheet.spec})</span>` : nothing}</h3>
        ${sheetLevel.length
          ? html`<ul class="sheet-problems">
              ${sheetLevel.map((p) => html`<li class=${p.severity}><span class="badge">${t.severity[p.severity]}</span> ${p[lang]}</li>`)}
            </ul>`
          : nothing}
        <div class="tools">
          <label><input type="checkbox" .checked=${this.onlyProblems} @change=${(e: Event) => ((this.onlyProblems = (e.target as HTMLInputElement).checked), (this.page = 0))} /> ${t.onlyProblems}</label>
          <button type="button" @click=${() => this.#addRow(sheet)}>${t.addRow}</button>
          ${pages > 1
            ? html`<span class="pager">
                <button type="button" ?disabled=${page === 0} @click=${() => (this.page = page - 1)}>${t.previous}</button>
                <span>${t.rowsShown(shown[0]?.n ?? 0, shown.at(-1)?.n ?? 0, rows.length)}</span>
                <button type="button" ?disabled=${page >= pages - 1} @click=${() => (this.page = page + 1)}>${t.next}</button>
              </span>`
            : nothing}
        </div>
        ${shown.length
          ? html`<div class="scroll" role="region" aria-label=${title} tabindex="0">
              <table class="grid">
                <caption class="visually-hidden">${title}: ${t.rowsShown(shown[0]!.n, shown.at(-1)!.n, rows.length)}</caption>
                <thead>
                  <tr>
                    <th scope="col">${t.row}</th>
                    ${sheet.headers.map((h, c) => html`<th scope="col" title=${sheet.explain[c]?.[lang] ?? ''}>${h}</th>`)}
                    <th scope="col">${t.messages}</th>
                  </tr>
                </thead>
                <tbody>
                  ${shown.map((r) => {
                    const ps = byRow.get(r.n) ?? [];
                    const worst = ps.some((p) => p.severity === 'error') ? 'error' : ps.some((p) => p.severity === 'warning') ? 'warning' : ps.length ? 'info' : '';
                    return html`<tr class="${worst} ${r.example ? 'example' : ''}">
                      <th scope="row" data-row-head=${r.n} tabindex="-1">
                        ${r.n}${r.example ? html` <span class="tag">${t.example}</span>` : nothing}
                        <button type="button" class="icon" aria-label=${t.deleteRow(r.n)} title=${t.deleteRow(r.n)} @click=${() => this.#deleteRow(sheet, r.n)}>×</button>
                      </th>
                      ${r.cells.map((value, c) => {
                        const own = ps.map((p, i) => [p, i] as const).filter(([p]) => p.place.kind === 'cell' && p.place.col === c);
                        const invalid = own.some(([p]) => p.severity === 'error');
                        return html`<td class=${own.length ? own[0]![0].severity : ''}>
                          <input
                            type="text"
                            data-row=${r.n}
                            data-col=${c}
                            .value=${value}
                            aria-label=${t.cell(sheet.headers[c] || columnName(c), r.n)}
                            aria-invalid=${invalid ? 'true' : 'false'}
                            aria-describedby=${own.length ? own.map(([p, i]) => pid(p, i)).join(' ') : nothing}
                            @change=${(e: Event) => this.#edit(sheet, r.n, c, e.target as HTMLInputElement)}
                          />
                        </td>`;
                      })}
                      <td class="messages">
                        ${ps.length
                          ? html`<ul>
                              ${ps.map((p, i) => html`<li id=${pid(p, i)} class=${p.severity}><span class="badge">${t.severity[p.severity]}</span> ${p.place.kind === 'cell' && p.place.col !== undefined ? `${columnName(p.place.col)}: ` : ''}${p[lang]}</li>`)}
                            </ul>`
                          : nothing}
                      </td>
                    </tr>`;
                  })}
                </tbody>
              </table>
            </div>`
          : html`<p>${t.noRows}</p>`}
      </div>
    `;
  }

  #renderPreview() {
    const t = this.t;
    const feed = this.studio?.feed;
    if (!feed) {
      return html`<section aria-labelledby="s3"><h2 id="s3">${t.step3}</h2><p>${t.noFeed}</p></section>`;
    }
    const municipalities = feed.organization.municipalities;
    const branches = (feed.branches ?? []).filter((b) => !this.municipality || b.municipality === this.municipality);
    const branch = branches.find((b) => b.id === this.branch) ?? branches[0];
    const stops = branch?.stops ?? [];
    const stop = stops.find((s) => s.id === this.stop);
    const name = (text: Parameters<typeof localize>[0]) => localize(text, this.lang === 'en' ? 'en' : 'nl');
    const now = this.previewDate ? `${this.previewDate}T12:00` : nothing;
    return html`
      <section aria-labelledby="s3">
        <h2 id="s3">${t.step3}</h2>
        <p class="tools">
          <label>${t.scope}
            <select @change=${(e: Event) => (this.municipality = (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!this.municipality}>${t.wholeOrg}</option>
              ${municipalities.map((m) => html`<option value=${m.id} ?selected=${this.municipality === m.id}>${name(m.name)} (${m.id})</option>`)}
            </select>
          </label>
          <label
            >${t.previewDate}
            <input type="date" aria-describedby="preview-date-hint" .value=${this.previewDate} @change=${(e: Event) => (this.previewDate = (e.target as HTMLInputElement).value)} />
          </label>
          <span id="preview-date-hint" class="hint">${t.previewDateHint}</span>
        </p>
        <library-feed .feed=${feed as Feed} municipality=${this.municipality || nothing} lang=${this.lang} now=${now}>
          <div class="preview">
            <section aria-labelledby="p-kpi"><h3 id="p-kpi">${t.kpis}</h3><kpi-tile-group show-target now=${now}></kpi-tile-group></section>
            <section aria-labelledby="p-goals"><h3 id="p-goals">${t.goals}</h3><goal-progress heading-level="4" now=${now}></goal-progress></section>
            <section aria-labelledby="p-hours">
              <h3 id="p-hours">${t.hours}</h3>
              ${branches.length
                ? html`<label>${t.branch}
                      <select
                        @change=${(e: Event) => {
                          this.branch = (e.target as HTMLSelectElement).value;
                          this.stop = '';
                        }}
                      >
                        ${branches.map((b) => html`<option value=${b.id} ?selected=${b.id === branch?.id}>${name(b.name)}</option>`)}
                      </select>
                    </label>
                    ${stops.length
                      ? html`<label
                          >${t.stop}
                          <select @change=${(e: Event) => (this.stop = (e.target as HTMLSelectElement).value)}>
                            <option value="" ?selected=${!stop}>${t.allStops}</option>
                            ${stops.map((s) => html`<option value=${s.id} ?selected=${s.id === stop?.id}>${name(s.name)}</option>`)}
                          </select>
                        </label>`
                      : nothing}
                    <opening-hours branch=${branch?.id ?? ''} stop=${stop?.id ?? nothing} now=${now}></opening-hours>`
                : nothing}
            </section>
            <section aria-labelledby="p-branches"><h3 id="p-branches">${t.branches}</h3><branch-map map="none" no-structured-data now=${now}></branch-map></section>
            <section aria-labelledby="p-acts" class="wide"><h3 id="p-acts">${t.activities}</h3><activity-calendar heading-level="4" no-structured-data now=${now}></activity-calendar></section>
          </div>
        </library-feed>
      </section>
    `;
  }

  #renderDownloads() {
    const t = this.t;
    const studio = this.studio!;
    return html`
      <section aria-labelledby="s4">
        <h2 id="s4">${t.step4}</h2>
        <p class="actions">
          <button type="button" class="primary" ?disabled=${!studio.feed} @click=${() => this.#download('feed')}>${t.downloadFeed}</button>
          <button type="button" @click=${() => this.#download('workbook')}>${t.downloadBook}</button>
        </p>
        <p>${t.downloadNote(studio.errors)}</p>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'biebkit-studio': FeedStudio;
  }
}
