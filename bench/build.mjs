// Bundles the page harness, the node-side rule compiler and the engine alone (for its size).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function bundle(entry, { format, platform, minify = false, name }) {
  const build = await rolldown({
    input: path.join(root, entry),
    platform,
    resolve: { alias: { '@': root } },
    logLevel: 'silent',
  });
  const { output } = await build.generate({ format, minify, name });
  await build.close();
  return output[0].code;
}

/** { pageScript, engineMinified, nodeModulePath } */
export async function buildAll() {
  const dir = await mkdtemp(path.join(tmpdir(), 'fw-bench-'));
  const nodeModulePath = path.join(dir, 'node-side.mjs');
  const [pageScript, engineMinified, nodeSide] = await Promise.all([
    bundle('bench/page/harness.ts', { format: 'iife', platform: 'browser', name: 'FWB' }),
    bundle('bench/page/content-engine.ts', { format: 'iife', platform: 'browser', minify: true, name: 'FW' }),
    bundle('bench/page/node-side.ts', { format: 'esm', platform: 'node' }),
  ]);
  await writeFile(nodeModulePath, nodeSide);
  return { pageScript, engineMinified, nodeModulePath };
}
