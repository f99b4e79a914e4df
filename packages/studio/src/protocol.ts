/**
 * What the studio page and its worker say to each other. The worker holds the files and runs the importer
 * (SheetJS, ical.js and opening_hours live there only); the page shows sheets, problems and previews.
 */
import type { Feed } from '@biebkit/feed';
import type { ImportProblem } from '@biebkit/import/problems';

/** A sheet as the page shows it: the rows from the header row on, as the text a person sees. */
export interface SheetView {
  /** file + "\u0000" + sheet name: how problems find their sheet. */
  key: string;
  file: string;
  name: string;
  /** The table's name for it (Vestigingen), when it was recognised. */
  spec: string;
  csv: boolean;
  /** Spreadsheet row number (1-based) of the header row. */
  headerRow: number;
  headers: string[];
  /** The explanation of each column (Dutch and English), where the table knows the column. */
  explain: { nl: string; en: string }[];
  /** The rows after the header, by spreadsheet row number. */
  rows: { n: number; cells: string[]; example: boolean }[];
}

export type Request =
  | { id: number; type: 'load'; files: { name: string; bytes: Uint8Array }[] }
  | { id: number; type: 'template'; org?: string }
  | { id: number; type: 'edit'; key: string; row: number; col: number; text: string }
  | { id: number; type: 'add-row'; key: string }
  | { id: number; type: 'delete-row'; key: string; row: number }
  | { id: number; type: 'download'; what: 'feed' | 'workbook' };

/** A request without its id (the page numbers them). */
export type Ask = Request extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export interface StudioState {
  files: string[];
  /** Sent when the sheets changed (a load, a row added or deleted); an edit changes one cell the page knows. */
  sheets?: SheetView[];
  problems: ImportProblem[];
  errors: number;
  warnings: number;
  /** The feed as validated: what the previews show and feed.json holds. */
  feed?: Feed;
  /** Milliseconds: reading the files, and the import. */
  timings: { read: number; import: number };
}

export type Response =
  | { id: number; type: 'state'; state: StudioState }
  | { id: number; type: 'file'; name: string; mime: string; bytes: Uint8Array }
  | { id: number; type: 'failed'; message: string };

export const sheetKey = (file: string, name: string) => `${file}\u0000${name}`;
