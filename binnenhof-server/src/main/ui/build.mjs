// Bundles the UI into one script and one style sheet, next to index.html, in the folder given as argument.
// Everything the page needs is in that folder: nothing is loaded from another host at run time.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs OUTPUT_DIR');
  process.exit(2);
}
await mkdir(out, { recursive: true });
await build({
  entryPoints: { app: join(here, 'js/main.js'), styles: join(here, 'styles.css') },
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'esm',
  target: ['es2022'],
  outdir: out,
  legalComments: 'linked',
  logLevel: 'warning',
});
await copyFile(join(here, 'index.html'), join(out, 'index.html'));
await copyFile(join(here, 'favicon.svg'), join(out, 'favicon.svg'));
