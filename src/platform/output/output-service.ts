import { Emitter, type Event } from '../../base/event.ts';

export interface OutputLine {
  channel: string;
  text: string;
  time: number;
  severity: 'info' | 'warning' | 'error';
}

const MAX_LINES_PER_CHANNEL = 5000;

/** Channels of log lines shown in the Output panel (plugin host reports land in "plugins"). */
export class OutputService {
  private readonly channels = new Map<string, OutputLine[]>();
  private readonly _onDidAppend = new Emitter<OutputLine>();
  readonly onDidAppend: Event<OutputLine> = this._onDidAppend.event;

  append(channel: string, text: string, severity: OutputLine['severity'] = 'info'): void {
    const line: OutputLine = { channel, text, time: Date.now(), severity };
    const lines = this.channels.get(channel) ?? [];
    lines.push(line);
    if (lines.length > MAX_LINES_PER_CHANNEL) lines.splice(0, lines.length - MAX_LINES_PER_CHANNEL);
    this.channels.set(channel, lines);
    this._onDidAppend.fire(line);
  }

  lines(channel: string): readonly OutputLine[] {
    return this.channels.get(channel) ?? [];
  }

  channelNames(): string[] {
    return [...this.channels.keys()];
  }
}
