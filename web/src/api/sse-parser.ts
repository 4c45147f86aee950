export interface SseMessage {
  readonly id: string | null;
  readonly event: string;
  readonly data: string;
}

/**
 * An incremental parser for `text/event-stream`: feed it chunks as they arrive, it returns the
 * complete messages so far. Comments (heartbeats) are dropped; `retry:` is reported separately.
 * @example const p = createSseParser(); p.push('event: step\ndata: {"n":1}\n\n') // [{ id: null, event: 'step', data: '{"n":1}' }]
 */
export function createSseParser(onRetry: (ms: number) => void = () => undefined) {
  let buffer = '';
  let id: string | null = null;
  let event = '';
  let data: string[] = [];

  const line = (text: string, out: SseMessage[]) => {
    if (text === '') {
      if (data.length > 0) out.push({ id, event: event || 'message', data: data.join('\n') });
      event = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
    else if (field === 'id' && !value.includes('\0')) id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) onRetry(Number(value));
  };

  return {
    push(chunk: string): SseMessage[] {
      buffer += chunk;
      const out: SseMessage[] = [];
      let match: RegExpExecArray | null;
      const eol = /\r\n|\r|\n/g;
      let start = 0;
      while ((match = eol.exec(buffer)) !== null) {
        // A lone \r at the very end may be the first half of \r\n: wait for more.
        if (match[0] === '\r' && match.index === buffer.length - 1) break;
        line(buffer.slice(start, match.index), out);
        start = match.index + match[0].length;
      }
      buffer = buffer.slice(start);
      return out;
    },
    /** The id of the last message seen, to resume from. */
    lastEventId: (): string | null => id,
  };
}
