/**
 * Member lists and attendance as spreadsheets: reading the first sheet of an
 * XLSX file or a CSV file as rows of text, and writing sheets as XLSX or CSV.
 * exceljs does the work (a maintained library that reads and writes both);
 * it is loaded only by the commands that use it.
 *
 * CSV is read as Swedish Excel saves it: separated by semicolons (commas and
 * tabs are recognised too), in UTF-8 with or without a byte-order mark, or in
 * Windows-1252 (Excel's "CSV" without UTF-8). It is written with semicolons
 * and a byte-order mark, so that Excel opens it with å, ä and ö in columns.
 */
import { t } from '../base/i18n.js';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import type { Workbook } from 'exceljs';
import { SekrError } from '../base/errors.js';
import { displayPath } from './yaml-file.js';

interface SheetRow {
  /** The row's number as the spreadsheet program shows it (1 is the first line). */
  line: number;
  cells: string[];
}

export interface Sheet {
  headers: string[];
  rows: SheetRow[];
}

export type SheetFormat = 'xlsx' | 'csv';

const exceljs = async () => (await import('exceljs')).default;

function sheetFormatOf(path: string): SheetFormat | undefined {
  const ext = extname(path).toLowerCase();
  return ext === '.xlsx' ? 'xlsx' : ext === '.csv' || ext === '.txt' ? 'csv' : undefined;
}

/** The first sheet of a file: the first row of two cells or more is the headings; empty rows are left out. */
export async function readSheet(path: string): Promise<Sheet> {
  const file = displayPath(path);
  const format = sheetFormatOf(path);
  if (!format) throw new SekrError(t('spreadsheet.notSheet', file), { hint: t('spreadsheet.notSheetHint') });
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? t('spreadsheet.noSuchFile') : (e as Error).message;
    throw new SekrError(t('spreadsheet.cannotRead', file, why), { hint: t('spreadsheet.checkPath') });
  }
  const { Workbook } = await exceljs();
  const workbook = new Workbook();
  try {
    if (format === 'xlsx') await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    else {
      const text = decodeCsv(bytes);
      await workbook.csv.read(Readable.from([text]), { parserOptions: { delimiter: delimiterOf(text) }, map: (v: unknown) => v });
    }
  } catch (e) {
    throw new SekrError(t('spreadsheet.cannotReadAs', file, format.toUpperCase(), (e as Error).message), {
      hint: format === 'xlsx' ? t('spreadsheet.resaveXlsx') : t('spreadsheet.resaveCsv'),
    });
  }
  const sheet = workbook.worksheets[0];
  const rows: SheetRow[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = (cell.text ?? '').trim();
    });
    const filled = Array.from(cells, (c) => c ?? '');
    if (filled.some((c) => c !== '')) rows.push({ line, cells: filled });
  });
  // A title above the headings ("Ledamöter 2027–2030") is a row of one cell: the headings are the first row of several.
  const head = rows.findIndex((r) => r.cells.filter(Boolean).length >= 2);
  return head === -1 ? { headers: [], rows: [] } : { headers: rows[head]!.cells, rows: rows.slice(head + 1) };
}

function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The separator of the header line: the one of ; , and tab it has most of. */
function delimiterOf(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [';', ',', '\t'].map((d) => ({ d, n: first.split(d).length - 1 }));
  return counts.sort((a, b) => b.n - a.n)[0]!.n > 0 ? counts[0]!.d : ';';
}

export interface SheetOut {
  name: string;
  columns: { header: string; width?: number }[];
  rows: (string | number | null)[][];
}

/** The sheets as the bytes of an XLSX file, or the first sheet as CSV. */
export async function sheetBytes(sheets: SheetOut[], format: SheetFormat, info: { creator: string; title: string }): Promise<Uint8Array> {
  const { Workbook } = await exceljs();
  const workbook: Workbook = new Workbook();
  workbook.creator = info.creator;
  workbook.title = info.title;
  for (const s of sheets) {
    // Excel allows 31 characters and no []:*?/\ in a sheet's name.
    const ws = workbook.addWorksheet(s.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = s.columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(10, c.header.length + 2) }));
    ws.getRow(1).font = { bold: true };
    for (const row of s.rows) ws.addRow(row);
  }
  if (format === 'csv') {
    return new Uint8Array(await workbook.csv.writeBuffer({ sheetName: workbook.worksheets[0]!.name, formatterOptions: { delimiter: ';', writeBOM: true } }));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
