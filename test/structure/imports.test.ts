import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every module each file of src/ imports (type-only imports too), as paths relative to the repository, and packages by name. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.map(({ fileName }) => {
      if (!fileName.startsWith('.')) return fileName;
      const resolved = path.resolve(path.dirname(file), fileName.replace(/\.js$/, '.ts'));
      return path.relative(ROOT, resolved);
    });
    graph.set(path.relative(ROOT, file), targets);
  }
  return graph;
}

/** The import circles: strongly connected groups of more than one file, or a file importing itself (Tarjan). */
function circles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of (graph.get(v) ?? []).filter((t) => graph.has(t))) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    for (let w = stack.pop()!; ; w = stack.pop()!) {
      onStack.delete(w);
      group.push(w);
      if (w === v) break;
    }
    if (group.length > 1 || graph.get(v)?.includes(v)) found.push(group.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const graph = importGraph();
const importsOf = (prefix: string) => [...graph].filter(([file]) => file.startsWith(prefix));
const offending = (prefix: string, forbidden: (target: string, file: string) => boolean) =>
  importsOf(prefix).flatMap(([file, targets]) =>
    targets.filter((t) => forbidden(t, file)).map((t) => `${file} → ${t}`),
  );

describe('the shape of src/', () => {
  it('has no import circles', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(circles(graph)).toEqual([]);
  });

  it('keeps the domain pure: no Teams, no storage, no layer above it', () => {
    expect(
      offending(
        'src/domain/',
        (t) => /^(botbuilder|@microsoft|restify|lowdb|pino)/.test(t) || /^src\/(teams|store|app|jobs|i18n)\//.test(t),
      ),
    ).toEqual([]);
  });

  it('lets nothing below the route files import them, and no route file import another', () => {
    expect(offending('src/', (t, file) => t.startsWith('src/teams/routes/') && file !== 'src/teams/app.ts')).toEqual(
      [],
    );
  });

  it('keeps the use cases free of Teams, restify, the scheduler and the routes', () => {
    expect(
      offending(
        'src/app/',
        (t) => /^(botbuilder|@microsoft\/teams-ai|restify)$/.test(t) || /^src\/(teams|jobs)\//.test(t),
      ),
    ).toEqual([]);
  });

  it('gives the store no knowledge of jobs, use cases or Teams', () => {
    expect(offending('src/store/', (t) => /^src\/(jobs|app|teams|i18n)\//.test(t))).toEqual([]);
  });

  it('reaches the store only through repositories outside the store and the composition root', () => {
    const callers = [...graph.keys()].filter((f) => /^src\/(teams|app|jobs\/handlers)\//.test(f));
    expect(callers.length).toBeGreaterThan(40);
    const raw = callers.filter((f) =>
      /\bdeps\.store\b|\bstore\.(get|find|all|transact|events|rewriteHistory)\(/.test(
        fs.readFileSync(path.join(ROOT, f), 'utf8'),
      ),
    );
    expect(raw).toEqual([]);
  });
});
