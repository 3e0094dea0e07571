/**
 * The layers point one way: engine ← core ← runtime ← posting ← adapters ← app. A module may
 * import its own layer and the layers below it, never above; one adapter never imports another;
 * the engine imports no platform library; posting never reaches into `commands/`. Read from the
 * source's import graph (static imports, `export … from` and dynamic `import()`), so a new file
 * in the wrong place, or a new import against the order, fails `npm test`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Lowest first. Each entry: the layer's name and the folders (or files) it holds. */
const LAYERS: readonly { name: string; holds: readonly string[] }[] = [
  { name: 'engine', holds: ['src/engine/', 'src/lexicon/'] },
  { name: 'core', holds: ['src/core/', 'commands/'] },
  { name: 'runtime', holds: ['src/runtime/', 'src/web/'] },
  { name: 'posting', holds: ['src/posting/', 'src/store/'] },
  { name: 'adapters', holds: ['src/adapters/'] },
  { name: 'app', holds: ['src/post-cli/', 'src/'] },
];

/** Libraries that belong to a platform or a server: the engine knows articles only. */
const NOT_IN_ENGINE = /^(discord\.js|@discordjs\/|@slack\/|pg$|better-sqlite3|pino|prom-client|dotenv|node:(http|net|child_process))/;

const ROOT = process.cwd();

function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

function layerOf(file: string): number {
  // The longest matching folder wins: src/engine/ before src/.
  let best = -1;
  let length = -1;
  LAYERS.forEach((layer, i) =>
    layer.holds.forEach((prefix) => {
      const inside = prefix.endsWith('/') ? file.startsWith(prefix) && (prefix !== 'src/' || !file.slice(4).includes('/')) : file === prefix;
      if (inside && prefix.length > length) [best, length] = [i, prefix.length];
    }),
  );
  return best;
}

/** The adapter folder a file sits in (src/adapters/discord/…), or undefined. */
const adapterOf = (file: string) => /^src\/adapters\/([^/]+)\//.exec(file)?.[1];

interface Edge {
  from: string;
  to: string;
  external: boolean;
}

function importsOf(file: string): Edge[] {
  const info = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  return info.importedFiles.map(({ fileName }) => {
    if (!fileName.startsWith('.')) return { from: file, to: fileName, external: true };
    const target = normalize(join(dirname(file), fileName)).split('\\').join('/').replace(/\.js$/, '.ts');
    return { from: file, to: target, external: false };
  });
}

const files = [...sources('src'), ...sources('commands')];
const edges = files.flatMap(importsOf);

describe('the import graph', () => {
  it('places every module in a layer', () => {
    expect(files.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('has no import from a lower layer to a higher one', () => {
    const upward = edges
      .filter((e) => !e.external && layerOf(e.to) > layerOf(e.from))
      .map((e) => `${e.from} (${LAYERS[layerOf(e.from)]!.name}) imports ${e.to} (${LAYERS[layerOf(e.to)]!.name})`);
    expect(upward).toEqual([]);
  });

  it('keeps each adapter to itself: no adapter imports another', () => {
    const across = edges
      .filter((e) => !e.external && adapterOf(e.from) && adapterOf(e.to) && adapterOf(e.from) !== adapterOf(e.to))
      .map((e) => `${e.from} imports ${e.to}`);
    expect(across).toEqual([]);
  });

  it('keeps the engine free of platforms, servers and the process', () => {
    const engine = edges.filter((e) => layerOf(e.from) === 0);
    expect(engine.filter((e) => e.external && NOT_IN_ENGINE.test(e.to)).map((e) => `${e.from} imports ${e.to}`)).toEqual([]);
  });

  it('keeps posting off the command modules: it depends on core types only', () => {
    const posting = LAYERS.findIndex((l) => l.name === 'posting');
    expect(edges.filter((e) => layerOf(e.from) === posting && e.to.startsWith('commands/')).map((e) => `${e.from} imports ${e.to}`)).toEqual([]);
  });

  it('sees the imports it checks (the graph is not empty)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(edges.some((e) => e.from.startsWith('commands/') && e.to.startsWith('src/core/'))).toBe(true);
  });
});
