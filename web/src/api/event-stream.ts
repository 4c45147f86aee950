import { createSseParser, type SseMessage } from './sse-parser.js';

export interface EventStreamOptions {
  readonly url: string;
  readonly headers: () => Record<string, string>;
  readonly onMessage: (message: SseMessage) => void;
  /** Called with true while connected, false while waiting to reconnect. */
  readonly onConnection?: (connected: boolean) => void;
  /** Stop reconnecting once this returns true (the job finished). */
  readonly isFinished: () => boolean;
  readonly fetchImpl?: typeof fetch;
}

/**
 * Follows a server-sent event stream over fetch (so it can carry the Authorization header),
 * reconnecting with Last-Event-ID after a drop until the stream is finished or closed.
 * @returns a function that closes the stream.
 */
export function openEventStream(options: EventStreamOptions): () => void {
  const controller = new AbortController();
  const doFetch = options.fetchImpl ?? fetch;
  let retryMs = 1000;
  let lastId: string | null = null;
  let closed = false;

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      controller.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      });
    });

  const run = async () => {
    let failures = 0;
    while (!closed && !options.isFinished()) {
      try {
        const headers: Record<string, string> = { accept: 'text/event-stream', ...options.headers() };
        if (lastId !== null) headers['last-event-id'] = lastId;
        const response = await doFetch(options.url, { headers, signal: controller.signal });
        if (!response.ok || response.body === null) throw new Error(`stream answered ${response.status}`);
        options.onConnection?.(true);
        failures = 0;
        const parser = createSseParser((ms) => (retryMs = ms));
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          for (const message of parser.push(value)) {
            if (message.id !== null) lastId = message.id;
            options.onMessage(message);
          }
        }
      } catch {
        if (closed) return;
        failures++;
      }
      if (closed || options.isFinished()) break;
      options.onConnection?.(false);
      await wait(Math.min(retryMs * 2 ** Math.min(failures, 4), 15_000));
    }
  };
  void run();

  return () => {
    closed = true;
    controller.abort();
  };
}
