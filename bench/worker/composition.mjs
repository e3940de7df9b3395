// What the worker's script is made of: its bytes by the part of the product they serve, from the
// build's source map. The ledger (Dexie) and the team sync (PouchDB and the packages it brings) are
// libraries the worker holds by design; their share says how far code of our own could take it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bytesBySource, packageOf, readMap } from '../sourcemap.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** PouchDB imports Node's `events`, which is no declared dependency: the bundler brings the npm package of that name. */
const POUCHDB_NODE_BUILTINS = ['events'];

/** `roots` and every package they depend on, as installed. */
function withDependencies(roots) {
  const found = new Set();
  const visit = (name) => {
    if (found.has(name)) return;
    found.add(name);
    const manifest = path.join(root, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) Object.keys(JSON.parse(readFileSync(manifest, 'utf8')).dependencies ?? {}).forEach(visit);
  };
  roots.forEach(visit);
  return found;
}

/**
 * { ledgerKb, teamSyncKb, ownKb, otherKb, otherPackages, bundlerKb } for the built `file`, or null when
 * the build wrote no source map.
 */
export function workerComposition(file) {
  const map = readMap(file);
  if (!map) return null;
  const bySource = bytesBySource(file, map);
  const pouchPackages = [...bySource.keys()].map((s) => s && packageOf(s)).filter((p) => p?.startsWith('pouchdb-'));
  const pouch = withDependencies([...pouchPackages, ...POUCHDB_NODE_BUILTINS]);
  const kb = { ledgerKb: 0, teamSyncKb: 0, ownKb: 0, otherKb: 0, bundlerKb: 0 };
  const other = new Map();
  for (const [source, bytes] of bySource) {
    const pkg = source && packageOf(source);
    const part = source === null ? 'bundlerKb' : pkg === null ? 'ownKb' : pkg === 'dexie' ? 'ledgerKb' : pouch.has(pkg) ? 'teamSyncKb' : 'otherKb';
    kb[part] += bytes / 1024;
    if (part === 'otherKb') other.set(pkg, (other.get(pkg) ?? 0) + bytes);
  }
  return { ...kb, otherPackages: [...other].sort((a, b) => b[1] - a[1]).map(([name]) => name) };
}
