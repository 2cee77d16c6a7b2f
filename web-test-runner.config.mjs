// Component tests in real Chromium (Debian's package; no browser is ever downloaded).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// ajv ships CommonJS only; Vite converts it for the app, here esbuild bundles it as ESM once.
let ajvBundle;
const ajvAsEsm = {
  name: 'ajv-as-esm',
  serve(context) {
    if (!context.path.endsWith('/node_modules/ajv/dist/2020.js')) return undefined;
    ajvBundle ??= buildSync({
      entryPoints: [fileURLToPath(new URL('./node_modules/ajv/dist/2020.js', import.meta.url))],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
    }).outputFiles[0].text;
    return { body: ajvBundle, type: 'js' };
  },
};

// papaparse is CommonJS (UMD) too: served as an ES module with a default export, as Vite does.
let papaparseBundle;
const papaparseAsEsm = {
  name: 'papaparse-as-esm',
  serve(context) {
    if (!context.path.endsWith('/node_modules/papaparse/papaparse.js')) return undefined;
    papaparseBundle ??= buildSync({
      stdin: { contents: "import Papa from './papaparse.js'; export default Papa;", resolveDir: fileURLToPath(new URL('./node_modules/papaparse/', import.meta.url)) },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      // Only its Node duplex-stream mode requires 'stream', never called in a browser.
      external: ['stream'],
      write: false,
    }).outputFiles[0].text;
    return { body: papaparseBundle, type: 'js' };
  },
};

export default {
  files: ['test/**/*.browser.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 180000,
  plugins: [
    ajvAsEsm,
    papaparseAsEsm,
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      // Headless Chromium sends focus and blur events only to the page it considers focused, so
      // tests of keyboard focus passed alone and failed when files ran one after another: every
      // test page is told it has focus (CDP focus emulation, what DevTools' "emulate a focused page" does).
      async createPage({ context }) {
        const page = await context.newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--lang=en-US',
        ],
      },
    }),
  ],
};
