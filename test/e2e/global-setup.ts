import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

let server: PreviewServer | undefined;

/** Serves dist-e2e (built by `npm run test:e2e`) on a free loopback port for the whole run. */
export async function setup(project: TestProject): Promise<void> {
  server = await preview({
    mode: 'e2e',
    build: { outDir: 'dist-e2e' },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
