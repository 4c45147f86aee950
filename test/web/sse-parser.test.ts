import { describe, expect, it } from 'vitest';
import { createSseParser } from '../../web/src/api/sse-parser.js';

describe('progress stream parser', () => {
  it('reads typed events split across chunks, and remembers the last id', () => {
    const parser = createSseParser();
    expect(parser.push('id: 4\nevent: sect')).toEqual([]);
    expect(parser.push('ion\ndata: {"title":"ADRs"}\r\n\r\n: heartbeat\n\nid: 5\nevent: done\ndata: {}\n\n')).toEqual([
      { id: '4', event: 'section', data: '{"title":"ADRs"}' },
      { id: '5', event: 'done', data: '{}' },
    ]);
    expect(parser.lastEventId()).toBe('5');
  });

  it('joins multi-line data, defaults the event name, and reports retry', () => {
    let retry = 0;
    const parser = createSseParser((ms) => (retry = ms));
    expect(parser.push('retry: 2500\ndata: a\ndata: b\n\n')).toEqual([{ id: null, event: 'message', data: 'a\nb' }]);
    expect(retry).toBe(2500);
  });

  it('emits nothing for heartbeats alone', () => {
    expect(createSseParser().push(': ping\n\n: ping\n\n')).toEqual([]);
  });
});
