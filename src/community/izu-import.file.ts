import { parseTableFile, type ParsedTable, type TableRow } from '../imports/table-file.js';

// The volunteer lists districts keep: one header row, then one volunteer per
// row, in CSV or XLSX (the first worksheet). Headers are matched loosely, in
// English, French or Kinyarwanda ("Village", "Umudugudu", "Date selected").

export const IMPORT_COLUMNS = ['district', 'sector', 'cell', 'village', 'name', 'sex', 'phone', 'status', 'selected_on', 'trainings'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const REQUIRED: ImportColumn[] = ['village', 'name', 'sex', 'phone'];

const ALIASES: Record<string, ImportColumn> = {
  district: 'district',
  akarere: 'district',
  district_name: 'district',
  sector: 'sector',
  umurenge: 'sector',
  secteur: 'sector',
  cell: 'cell',
  akagari: 'cell',
  cellule: 'cell',
  village: 'village',
  umudugudu: 'village',
  name: 'name',
  names: 'name',
  full_name: 'name',
  fullname: 'name',
  amazina: 'name',
  nom: 'name',
  noms: 'name',
  sex: 'sex',
  gender: 'sex',
  igitsina: 'sex',
  sexe: 'sex',
  phone: 'phone',
  telephone: 'phone',
  phone_number: 'phone',
  tel: 'phone',
  telefoni: 'phone',
  mobile: 'phone',
  status: 'status',
  statut: 'status',
  uko_ahagaze: 'status',
  selected_on: 'selected_on',
  date_selected: 'selected_on',
  selected: 'selected_on',
  date_of_selection: 'selected_on',
  yatowe: 'selected_on',
  trainings: 'trainings',
  training: 'trainings',
  trainings_taken: 'trainings',
  formations: 'trainings',
  amahugurwa: 'trainings',
};

export type FileRow = TableRow<ImportColumn>;
export type ParsedFile = ParsedTable<ImportColumn>;

export async function parseVolunteerFile(input: { format: 'csv' | 'xlsx'; content: string }): Promise<ParsedFile> {
  return parseTableFile(input, { columns: IMPORT_COLUMNS, required: REQUIRED, aliases: ALIASES, rowName: 'volunteers' });
}
