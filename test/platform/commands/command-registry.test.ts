import { describe, expect, it, vi } from 'vitest';
import { type CommandMetadata, CommandNotFoundError, CommandRegistry } from '../../../src/platform/commands/command-registry.ts';

function meta(id: string, extra: Partial<CommandMetadata> = {}): CommandMetadata {
  return { id, title: `${id}.title`, source: 'test', ...extra };
}

describe('CommandRegistry: handlers', () => {
  it('passes arguments to the handler and returns its (awaited) result', async () => {
    const registry = new CommandRegistry();
    const handler = vi.fn((a: unknown, b: unknown) => Promise.resolve(`${String(a)}+${String(b)}`));
    registry.registerCommand('test.join', handler);
    await expect(registry.executeCommand<string>('test.join', 'x', 2)).resolves.toBe('x+2');
    expect(handler).toHaveBeenCalledWith('x', 2);
  });

  it('returns synchronous results too', async () => {
    const registry = new CommandRegistry();
    registry.registerCommand('test.sum', (...args: unknown[]) => (args as number[]).reduce((s, n) => s + n, 0));
    expect(await registry.executeCommand<number>('test.sum', 1, 2, 3)).toBe(6);
  });

  it('rejects with the error a handler throws', async () => {
    const registry = new CommandRegistry();
    registry.registerCommand('test.boom', () => {
      throw new Error('boom');
    });
    await expect(registry.executeCommand('test.boom')).rejects.toThrow('boom');
  });

  it('refuses an empty id', () => {
    const registry = new CommandRegistry();
    expect(() => registry.registerCommand('', () => undefined)).toThrow();
  });

  it('runs the latest registration, and disposing it restores the previous one', async () => {
    const registry = new CommandRegistry();
    const first = registry.registerCommand('test.cmd', () => 'first');
    const second = registry.registerCommand('test.cmd', () => 'second');
    expect(await registry.executeCommand('test.cmd')).toBe('second');
    second.dispose();
    expect(await registry.executeCommand('test.cmd')).toBe('first');
    expect(registry.hasHandler('test.cmd')).toBe(true);
    first.dispose();
    expect(registry.hasHandler('test.cmd')).toBe(false);
  });

  it('disposing an older registration keeps the latest one running', async () => {
    const registry = new CommandRegistry();
    const first = registry.registerCommand('test.cmd', () => 'first');
    registry.registerCommand('test.cmd', () => 'second');
    first.dispose();
    expect(await registry.executeCommand('test.cmd')).toBe('second');
  });

  it('disposing twice is harmless', async () => {
    const registry = new CommandRegistry();
    registry.registerCommand('test.cmd', () => 'first');
    const second = registry.registerCommand('test.cmd', () => 'second');
    second.dispose();
    second.dispose();
    expect(await registry.executeCommand('test.cmd')).toBe('first');
  });

  it('fires onDidRegister with the id', () => {
    const registry = new CommandRegistry();
    const seen: string[] = [];
    registry.onDidRegister((id) => seen.push(id));
    registry.registerCommand('test.a', () => undefined);
    registry.registerCommand('test.b', () => undefined);
    expect(seen).toEqual(['test.a', 'test.b']);
  });
});

describe('CommandRegistry: unknown commands', () => {
  it('rejects with CommandNotFoundError carrying the id and type', async () => {
    const registry = new CommandRegistry();
    const error = await registry.executeCommand('test.missing').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CommandNotFoundError);
    expect(error).toBeInstanceOf(Error);
    const notFound = error as CommandNotFoundError;
    expect(notFound.type).toBe('CommandNotFound');
    expect(notFound.commandId).toBe('test.missing');
    expect(notFound.message).toContain('test.missing');
  });

  it('rejects once the only registration is disposed', async () => {
    const registry = new CommandRegistry();
    registry.registerCommand('test.gone', () => 1).dispose();
    await expect(registry.executeCommand('test.gone')).rejects.toBeInstanceOf(CommandNotFoundError);
  });

  it('metadata alone does not make a command executable', async () => {
    const registry = new CommandRegistry();
    registry.registerMetadata(meta('test.declared'));
    await expect(registry.executeCommand('test.declared')).rejects.toBeInstanceOf(CommandNotFoundError);
  });
});

describe('CommandRegistry: activator', () => {
  it('awaits the activator before looking up the handler, so it can register the command just in time', async () => {
    const registry = new CommandRegistry();
    const order: string[] = [];
    registry.setActivator(async (id) => {
      order.push(`activate ${id}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (id === 'lazy.cmd') registry.registerCommand('lazy.cmd', (x: unknown) => {
        order.push('run');
        return `ran ${String(x)}`;
      });
    });
    expect(await registry.executeCommand('lazy.cmd', 7)).toBe('ran 7');
    expect(order).toEqual(['activate lazy.cmd', 'run']);
  });

  it('calls the activator for every execution, with the command id', async () => {
    const registry = new CommandRegistry();
    const activator = vi.fn(async () => undefined);
    registry.setActivator(activator);
    registry.registerCommand('test.a', () => 'a');
    await registry.executeCommand('test.a');
    await registry.executeCommand('test.a');
    await expect(registry.executeCommand('test.none')).rejects.toBeInstanceOf(CommandNotFoundError);
    expect(activator.mock.calls).toEqual([['test.a'], ['test.a'], ['test.none']]);
  });

  it('propagates an activator failure without running the handler', async () => {
    const registry = new CommandRegistry();
    const handler = vi.fn();
    registry.registerCommand('test.a', handler);
    registry.setActivator(async () => {
      throw new Error('activation broke');
    });
    await expect(registry.executeCommand('test.a')).rejects.toThrow('activation broke');
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('CommandRegistry: metadata', () => {
  it('registers, looks up and lists metadata', () => {
    const registry = new CommandRegistry();
    const a = meta('test.a', { category: 'cat', icon: 'gear', enablement: 'editorFocus' });
    registry.registerMetadata(a);
    registry.registerMetadata(meta('test.b'));
    expect(registry.getMetadata('test.a')).toEqual(a);
    expect(registry.getMetadata('test.c')).toBeUndefined();
    expect(registry.listMetadata().map((m) => m.id).sort()).toEqual(['test.a', 'test.b']);
  });

  it('fires onDidChangeMetadata on register and dispose', () => {
    const registry = new CommandRegistry();
    const listener = vi.fn();
    registry.onDidChangeMetadata(listener);
    const d = registry.registerMetadata(meta('test.a'));
    expect(listener).toHaveBeenCalledTimes(1);
    d.dispose();
    expect(listener).toHaveBeenCalledTimes(2);
    expect(registry.getMetadata('test.a')).toBeUndefined();
    expect(registry.listMetadata()).toEqual([]);
  });

  it('disposing replaced metadata does not remove the replacement', () => {
    const registry = new CommandRegistry();
    const listener = vi.fn();
    const old = registry.registerMetadata(meta('test.a', { title: 'old' }));
    registry.registerMetadata(meta('test.a', { title: 'new' }));
    registry.onDidChangeMetadata(listener);
    old.dispose();
    expect(registry.getMetadata('test.a')?.title).toBe('new');
    expect(listener).not.toHaveBeenCalled();
  });

  it('metadata and handlers are independent', () => {
    const registry = new CommandRegistry();
    const handler = registry.registerCommand('test.a', () => undefined);
    registry.registerMetadata(meta('test.a'));
    handler.dispose();
    expect(registry.getMetadata('test.a')).toBeDefined();
    expect(registry.hasHandler('test.a')).toBe(false);
  });
});

describe('CommandRegistry: onDidExecute', () => {
  it('reports the id and arguments after the handler succeeded', async () => {
    const registry = new CommandRegistry();
    const seen: Array<{ id: string; args: unknown[] }> = [];
    let ranBeforeEvent = false;
    registry.registerCommand('test.a', () => {
      ranBeforeEvent = seen.length === 0;
    });
    registry.onDidExecute((e) => seen.push(e));
    await registry.executeCommand('test.a', 1, 'two');
    expect(ranBeforeEvent).toBe(true);
    expect(seen).toEqual([{ id: 'test.a', args: [1, 'two'] }]);
  });

  it('does not fire for a failing handler or an unknown command', async () => {
    const registry = new CommandRegistry();
    const listener = vi.fn();
    registry.onDidExecute(listener);
    registry.registerCommand('test.fail', () => {
      throw new Error('nope');
    });
    await expect(registry.executeCommand('test.fail')).rejects.toThrow('nope');
    await expect(registry.executeCommand('test.unknown')).rejects.toBeInstanceOf(CommandNotFoundError);
    expect(listener).not.toHaveBeenCalled();
  });

  it('fires after an async handler settles', async () => {
    const registry = new CommandRegistry();
    let settled = false;
    registry.registerCommand('test.slow', async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      settled = true;
    });
    const settledAtEvent: boolean[] = [];
    registry.onDidExecute(() => settledAtEvent.push(settled));
    await registry.executeCommand('test.slow');
    expect(settledAtEvent).toEqual([true]);
  });
});

describe('CommandRegistry: dispose', () => {
  it('drops every handler and all metadata', async () => {
    const registry = new CommandRegistry();
    registry.registerCommand('test.a', () => undefined);
    registry.registerMetadata(meta('test.a'));
    registry.dispose();
    expect(registry.hasHandler('test.a')).toBe(false);
    expect(registry.listMetadata()).toEqual([]);
    await expect(registry.executeCommand('test.a')).rejects.toBeInstanceOf(CommandNotFoundError);
  });
});
