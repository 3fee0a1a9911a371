import fs from 'node:fs';
function mulberry32(a) { return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const lines = fs.readFileSync('/work/blind/round13/raw.jsonl', 'utf8').split('\n').filter((l) => l.trim());
if (lines.length !== 320) throw new Error(lines.length);
const rnd = mulberry32(13);
for (let k = lines.length - 1; k > 0; k--) { const j = Math.floor(rnd() * (k + 1)); [lines[k], lines[j]] = [lines[j], lines[k]]; }
const out = lines.map((l, i) => {
  const o = JSON.parse(l);
  const id = `cb13-${String(i + 1).padStart(3, '0')}`;
  const r = l.replace(`"id": "${o.id}"`, `"id": "${id}"`).replace(`"id":"${o.id}"`, `"id":"${id}"`);
  const p = JSON.parse(r);
  if (p.id !== id || p.text !== o.text || p.label !== o.label) throw new Error('rename ' + o.id);
  return r;
});
fs.writeFileSync('bench/data/detect-chat-blind-13.jsonl', out.join('\n') + '\n');
console.log(out.length);
