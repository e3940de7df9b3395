// Where a built script's bytes and time come from, read from its source map. Builds made with
// FW_SOURCEMAP=1 (`npm run bench` makes one) write the maps beside the scripts, unnamed in them.
import { existsSync, readFileSync } from 'node:fs';
import { TraceMap, eachMapping, originalPositionFor } from '@jridgewell/trace-mapping';

/** The map of the built script `file`, or null when the build wrote none. */
export function readMap(file) {
  const mapFile = `${file}.map`;
  return existsSync(mapFile) ? new TraceMap(readFileSync(mapFile, 'utf8'), mapFile) : null;
}

/** A source path as the project names it: `node_modules/<package>/…` or the path inside the project. */
function projectPath(source) {
  const inModules = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inModules) return `node_modules/${inModules[1]}`;
  return source.replace(/^.*?\/(entrypoints|utils|components)\//, '$1/');
}

/** The npm package a source path belongs to, or null for the project's own code. */
export const packageOf = (path) => path.match(/^node_modules\/(.+)$/)?.[1] ?? null;

/** Bytes of the built script `file` by source (see projectPath); code the bundler wrote itself under null. */
export function bytesBySource(file, map) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const starts = [];
  eachMapping(map, (m) => starts.push(m));
  const bytes = new Map();
  const add = (source, n) => bytes.set(source, (bytes.get(source) ?? 0) + n);
  let covered = 0;
  starts.forEach((m, i) => {
    const next = starts[i + 1];
    const line = lines[m.generatedLine - 1] ?? '';
    const end = next?.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
    const n = Buffer.byteLength(line.slice(m.generatedColumn, end));
    add(m.source ? projectPath(m.source) : null, n);
    covered += n;
  });
  // What no mapping covers (before a line's first mapping, the line breaks) is the bundler's too.
  add(null, Buffer.byteLength(lines.join('\n')) - covered);
  return bytes;
}

/** The project path of the source at a 0-based line and column of the built script (a CPU profile's call frame). */
export function sourceAt(map, lineNumber, columnNumber) {
  // A profile's frame with no position (the script's own start) has line -1.
  if (lineNumber < 0) return null;
  const { source } = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
  return source ? projectPath(source) : null;
}
