// Tabs (and workers) of the same origin tell each other about committed changes over a
// BroadcastChannel named 'scorecard-workspace:<database name>'. The channel is injectable so tests
// can connect two services without a browser.
import { toDisposable, type IDisposable } from '../../base/lifecycle.ts';

export interface ChangeNotice {
  docId: string;
  revision: number;
  deleted?: boolean;
}

export interface ChannelMessage {
  type: 'changed';
  /** The session that made the change; a service ignores its own echoes. */
  sender: string;
  changes: ChangeNotice[];
}

/** The part of BroadcastChannel the workspace uses. */
export interface WorkspaceChannel {
  postMessage(message: ChannelMessage): void;
  subscribe(listener: (message: ChannelMessage) => void): IDisposable;
  close(): void;
}

export function channelName(databaseName: string): string {
  return `scorecard-workspace:${databaseName}`;
}

function isChannelMessage(value: unknown): value is ChannelMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Partial<ChannelMessage>;
  return m.type === 'changed' && typeof m.sender === 'string' && Array.isArray(m.changes)
    && m.changes.every((c) => typeof c?.docId === 'string' && typeof c.revision === 'number');
}

/** A real BroadcastChannel, or undefined where there is none (then each tab works alone). */
export function createBroadcastChannel(databaseName: string): WorkspaceChannel | undefined {
  const Channel = globalThis.BroadcastChannel;
  if (typeof Channel !== 'function') return undefined;
  const channel = new Channel(channelName(databaseName));
  return {
    postMessage: (message) => channel.postMessage(message),
    subscribe(listener) {
      const handler = (event: MessageEvent): void => {
        // Anything may arrive on a named channel (another app version): ignore what we don't know.
        if (isChannelMessage(event.data)) listener(event.data);
      };
      channel.addEventListener('message', handler);
      return toDisposable(() => channel.removeEventListener('message', handler));
    },
    close: () => channel.close(),
  };
}

/**
 * In-process channels for tests and for several services in one page without BroadcastChannel:
 * every channel of a hub delivers to all others (not to itself), asynchronously, like the real one.
 */
export class MemoryChannelHub {
  private readonly members = new Set<Set<(message: ChannelMessage) => void>>();

  connect(): WorkspaceChannel {
    const listeners = new Set<(message: ChannelMessage) => void>();
    this.members.add(listeners);
    return {
      postMessage: (message) => {
        const copy = structuredClone(message);
        for (const member of this.members) {
          if (member === listeners) continue;
          for (const listener of member) setTimeout(() => listener(copy), 0);
        }
      },
      subscribe(listener) {
        listeners.add(listener);
        return toDisposable(() => listeners.delete(listener));
      },
      close: () => {
        this.members.delete(listeners);
      },
    };
  }
}
