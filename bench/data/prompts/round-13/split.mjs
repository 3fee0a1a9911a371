// Round 13: gives each writer's ids their prefix (w-NNN → p13a-NNN, p13b-NNN, p13c-NNN; nothing else
// in the line changes), shuffles each writer's 320 lines with a fixed seed and splits them 220 / 100.
import fs from 'node:fs';
function mulberry32(a) { return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const a = [], b = [];
for (const [i, w] of ['w1', 'w2', 'w3'].entries()) {
  const prefix = `p13${'abc'[i]}-`;
  const lines = fs.readFileSync(`/work/blind/round13-${w}/raw.jsonl`, 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => {
      const id = JSON.parse(l).id;
      if (!/^w-\d{3}$/.test(id)) throw new Error(`${w}: id ${id}`);
      const out = l.replace(`"id": "${id}"`, `"id": "${prefix}${id.slice(2)}"`).replace(`"id":"${id}"`, `"id":"${prefix}${id.slice(2)}"`);
      if (JSON.parse(out).id !== prefix + id.slice(2)) throw new Error(`${w}: ${id} not renamed`);
      return out;
    });
  if (lines.length !== 320) throw new Error(`${w}: ${lines.length} lines`);
  const rnd = mulberry32(1300 + i);
  for (let k = lines.length - 1; k > 0; k--) { const j = Math.floor(rnd() * (k + 1)); [lines[k], lines[j]] = [lines[j], lines[k]]; }
  a.push(...lines.slice(0, 220)); b.push(...lines.slice(220));
}
fs.writeFileSync(process.argv[2], a.join('\n') + '\n');
fs.writeFileSync(process.argv[3], b.join('\n') + '\n');
console.log(a.length, b.length);
