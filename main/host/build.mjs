// `npm run build`: the renderer with Vite (React), and main + preload with
// Vite's SSR build (dependencies stay external for main; the sandboxed
// preload gets everything bundled into one CommonJS file, as Electron needs).
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..', '..');
const out = join(root, 'out');
const quiet = { logLevel: process.env.RINGDESK_BUILD_VERBOSE ? 'info' : 'warn' };

export async function buildAll() {
  await rm(out, { recursive: true, force: true });

  await build({
    ...quiet,
    configFile: false,
    root: join(root, 'renderer'),
    base: './',
    plugins: [react()],
    build: { outDir: join(out, 'renderer'), emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 2048 },
  });

  await build({
    ...quiet,
    configFile: false,
    root,
    build: {
      ssr: true,
      target: 'node20',
      outDir: join(out, 'main'),
      emptyOutDir: true,
      sourcemap: true,
      rollupOptions: {
        input: {
          electron: join(root, 'main/host/electron.ts'),
          browser: join(root, 'main/host/browser-main.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
    ssr: { external: ['electron'] },
  });

  await build({
    ...quiet,
    configFile: false,
    root,
    build: {
      ssr: join(root, 'preload/index.ts'),
      target: 'node20',
      outDir: join(out, 'preload'),
      emptyOutDir: true,
      rollupOptions: { output: { format: 'cjs', entryFileNames: 'preload.cjs' } },
    },
    ssr: { noExternal: true, external: ['electron'] },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  await buildAll();
  console.log(`built out/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
