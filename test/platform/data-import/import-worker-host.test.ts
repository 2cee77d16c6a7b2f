// The worker side of the protocol, driven through a fake worker scope in Node.
import { describe, expect, it } from 'vitest';
import { serveImports } from '../../../src/platform/data-import/index.ts';
import type { ImportRequest, ImportResponse, ImportTarget } from '../../../src/platform/data-import/index.ts';
import { storeNotWired } from '../../../src/platform/data-import/import-worker-host.ts';
import { MemorySink } from './memory-sink.ts';

class FakeScope {
  readonly sent: ImportResponse[] = [];
  private listener: ((event: MessageEvent<ImportRequest>) => void) | undefined;
  private waiting: (() => void) | undefined;

  postMessage(message: ImportResponse): void {
    this.sent.push(message);
    if (message.type !== 'progress') this.waiting?.();
  }

  addEventListener(_type: 'message', listener: (event: MessageEvent<ImportRequest>) => void): void {
    this.listener = listener;
  }

  send(request: ImportRequest): void {
    this.listener?.({ data: request } as MessageEvent<ImportRequest>);
  }

  finished(): Promise<ImportResponse> {
    return new Promise((resolve) => {
      this.waiting = () => resolve(this.sent.at(-1) as ImportResponse);
    });
  }
}

const csv = `id\n${Array.from({ length: 3000 }, (_, i) => i).join('\n')}\n`;

describe('serveImports', () => {
  it('opens the sink for the target, posts progress, then done', async () => {
    const scope = new FakeScope();
    const sink = new MemorySink();
    const targets: ImportTarget[] = [];
    serveImports(scope, (target) => {
      targets.push(target);
      return sink;
    });
    const finished = scope.finished();
    scope.send({ type: 'start', file: new Blob([csv]), options: { fields: [{ key: 'id', type: 'integer' }], batchSize: 1000 }, target: { datasetId: 'ds-1' } });
    const last = await finished;
    expect(targets).toEqual([{ datasetId: 'ds-1' }]);
    expect(last.type).toBe('done');
    if (last.type === 'done') expect(last.result.rows).toBe(3000);
    expect(scope.sent.filter((m) => m.type === 'progress').length).toBeGreaterThanOrEqual(3);
    expect(sink.committed?.content.rowCount).toBe(3000);
  });

  it('cancels on request: the sink is aborted and an AbortError is posted', async () => {
    const scope = new FakeScope();
    const sink = new MemorySink();
    sink.onWrite = () => scope.send({ type: 'cancel' });
    serveImports(scope, () => sink);
    const finished = scope.finished();
    scope.send({ type: 'start', file: new Blob([csv]), options: { fields: [{ key: 'id', type: 'integer' }], batchSize: 100 }, target: {} });
    const last = await finished;
    expect(last).toMatchObject({ type: 'error', error: { name: 'AbortError' } });
    expect(sink.aborted).toBe(true);
    expect(sink.committed).toBeUndefined();
  });

  it('posts import errors with their code and bilingual message', async () => {
    const scope = new FakeScope();
    serveImports(scope, () => new MemorySink());
    const finished = scope.finished();
    scope.send({ type: 'start', file: new Blob(['n\nx\n']), options: { fields: [{ key: 'n', type: 'number' }], badRows: 'stop' }, target: {} });
    expect(await finished).toMatchObject({ type: 'error', error: { name: 'ImportError', code: 'stopped', userMessage: { 'zh-CN': expect.stringContaining('第 2 行') } } });
  });

  it('without a store wired in, fails every import with a clear message', async () => {
    const scope = new FakeScope();
    serveImports(scope, storeNotWired);
    const finished = scope.finished();
    scope.send({ type: 'start', file: new Blob(['a\n1\n']), options: { fields: [] }, target: {} });
    expect(await finished).toMatchObject({ type: 'error', error: { code: 'store-unavailable' } });
  });
});
