import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openEventStream } from '../../web/src/api/event-stream.js';

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe('following a progress stream', () => {
  it('reconnects after a drop and resumes from the last event it saw', async () => {
    const seenLastIds: (string | null)[] = [];
    const seenAuth: (string | undefined)[] = [];
    let connection = 0;
    server = createServer((req, res) => {
      connection++;
      seenLastIds.push((req.headers['last-event-id'] as string | undefined) ?? null);
      seenAuth.push(req.headers.authorization);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      if (connection === 1) {
        res.write('retry: 10\n\nid: 1\nevent: step\ndata: {"step":"architecture"}\n\n');
        res.write('id: 2\nevent: section\ndata: {"title":"C4"}\n\n');
        setTimeout(() => res.destroy(), 20);
      } else {
        res.end('id: 3\nevent: done\ndata: {}\n\n');
      }
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;

    const events: string[] = [];
    let finished = false;
    const done = new Promise<void>((resolve) => {
      const close = openEventStream({
        url: `http://127.0.0.1:${port}/events`,
        headers: () => ({ authorization: 'Bearer t' }),
        isFinished: () => finished,
        onMessage: (message) => {
          events.push(`${message.id}:${message.event}`);
          if (message.event === 'done') {
            finished = true;
            close();
            resolve();
          }
        },
      });
    });
    await done;
    expect(events).toEqual(['1:step', '2:section', '3:done']);
    expect(seenLastIds).toEqual([null, '2']);
    expect(seenAuth).toEqual(['Bearer t', 'Bearer t']);
  });

  it('does not reconnect once the job is finished', async () => {
    let connections = 0;
    server = createServer((_req, res) => {
      connections++;
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end('id: 9\nevent: done\ndata: {}\n\n');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    let finished = false;
    openEventStream({
      url: `http://127.0.0.1:${port}/events`,
      headers: () => ({}),
      isFinished: () => finished,
      onMessage: (message) => {
        if (message.event === 'done') finished = true;
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(connections).toBe(1);
  });
});
