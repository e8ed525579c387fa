// Generates src/places/data/places.csv from the `rwanda` package, ONCE.
// The CSV is committed and is the source of truth for place codes: codes are
// stored in records and must never be renumbered. Re-running this script is
// only for a new official list, and must keep existing codes (it refuses to
// overwrite a committed file unless --force is given).
//
// Code format (fixed width per level, so a code starts with its ancestors'):
//   province 1 digit (NISR order: 1 Kigali, 2 South, 3 West, 4 North, 5 East)
//   district 2 digits (NISR district codes, e.g. 11 Nyarugenge, 57 Bugesera)
//   sector   +2 digits, cell +2 digits, village +2 digits (alphabetical order)
import { createRequire } from 'node:module';
import { existsSync, writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const data = require('rwanda/data/provinces');
const out = new URL('../src/places/data/places.csv', import.meta.url);
if (existsSync(out) && !process.argv.includes('--force')) {
  console.error('places.csv exists; codes are permanent. Use --force only for a reviewed re-import.');
  process.exit(1);
}
const provinces = { Kigali: '1', South: '2', West: '3', North: '4', East: '5' };
const provinceNames = { Kigali: 'Kigali City', South: 'Southern Province', West: 'Western Province', North: 'Northern Province', East: 'Eastern Province' };
const districts = {
  Nyarugenge: '11',
  Gasabo: '12',
  Kicukiro: '13',
  Nyanza: '21',
  Gisagara: '22',
  Nyaruguru: '23',
  Huye: '24',
  Nyamagabe: '25',
  Ruhango: '26',
  Muhanga: '27',
  Kamonyi: '28',
  Karongi: '31',
  Rutsiro: '32',
  Rubavu: '33',
  Nyabihu: '34',
  Ngororero: '35',
  Rusizi: '36',
  Nyamasheke: '37',
  Rulindo: '41',
  Gakenke: '42',
  Musanze: '43',
  Burera: '44',
  Gicumbi: '45',
  Rwamagana: '51',
  Nyagatare: '52',
  Gatsibo: '53',
  Kayonza: '54',
  Kirehe: '55',
  Ngoma: '56',
  Bugesera: '57',
};
const pad = (n) => String(n).padStart(2, '0');
const sorted = (o) => Object.keys(o).sort((a, b) => a.localeCompare(b));
const q = (s) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const rows = ['code,parent_code,level,name'];
for (const p of Object.keys(provinces).sort((a, b) => provinces[a] - provinces[b])) {
  const pc = provinces[p];
  rows.push(`${pc},,1,${q(provinceNames[p])}`);
  for (const d of sorted(data[p]).sort((a, b) => districts[a] - districts[b])) {
    const dc = districts[d];
    if (!dc || dc[0] !== pc) throw new Error(`district ${d} has no code in province ${p}`);
    rows.push(`${dc},${pc},2,${q(d)}`);
    sorted(data[p][d]).forEach((s, si) => {
      const sc = dc + pad(si + 1);
      rows.push(`${sc},${dc},3,${q(s)}`);
      sorted(data[p][d][s]).forEach((c, ci) => {
        const cc = sc + pad(ci + 1);
        rows.push(`${cc},${sc},4,${q(c)}`);
        [...data[p][d][s][c]]
          .sort((a, b) => a.localeCompare(b))
          .forEach((v, vi) => {
            rows.push(`${cc + pad(vi + 1)},${cc},5,${q(v)}`);
          });
      });
    });
  }
}
writeFileSync(out, rows.join('\n') + '\n');
console.log(`wrote ${rows.length - 1} places`);
