/**
 * @biebkit/import: the way in and out of a Biebkit feed for the people who keep the data. Workbooks and CSV
 * files in the Biebkit template, iCalendar files and OpenStreetMap opening hours become a validated feed; a
 * feed becomes the workbook again. Used by `biebkit template | import | export` and by the feed studio.
 * Never part of the elements' bundle (it brings SheetJS, ical.js and opening_hours).
 */
export { importFiles, importSources, readSources, feedSummary, asWritten, type InputFile, type ImportOptions, type ImportResult, type LoadedSources } from './import.js';
export { exportWorkbook, exportCsv, templateWorkbook, feedToSheets, itemsOf, FIRST_DATA_ROW, type SheetsOptions } from './export.js';
export { diffFeeds, formatChange, changeCounts, differences, type Change } from './diff.js';
export { formatPlace, formatProblem, columnLetter, type ImportProblem, type Place, type Severity, type Lang, type Message } from './problems.js';
export { SHEETS, LABELS, NOT_IN_WORKBOOK, EXAMPLE_PREFIX, columnsOf, labelsOf, sheetSpec, type SheetSpec, type ColumnSpec, type Column } from './table.js';
export { readBook, writeBook, sniff, decodeText, MAX_ROWS, type Book, type SheetData, type SheetOut } from './workbook.js';
export { codecOf, cellText, type Cell } from './cells.js';
export { rruleFromDutch, dutchFromRRule } from './recurrence-nl.js';
export { osmToHours, readOsm, type OsmHours } from './osm.js';
export type { ReadItem, ReadSheet, TableInput } from './sheets.js';
export { feedJson, orderedCopy } from './build.js';
