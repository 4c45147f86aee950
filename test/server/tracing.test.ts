import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startTestServer } from './test-app.js';

/** A minimal OTLP/HTTP receiver: records every POST body sent to /v1/traces. */
async function otlpReceiver(): Promise<{ url: string; bodies: string[]; close: () => Promise<void> }> {
  const bodies: string[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/v1/traces') bodies.push(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, bodies, close: () => new Promise((r) => server.close(() => r())) };
}

describe('tracing', () => {
  it('exports a span per request over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set', async () => {
    const receiver = await otlpReceiver();
    const s = await startTestServer('pglite', { env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url } });
    try {
      await s.app.ready();
      expect((await s.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    } finally {
      await s.close();
      await receiver.close();
    }
    const exported = receiver.bodies.join('\n');
    expect(exported).toContain('GET /health');
    expect(exported).toContain('http.status_code');
  });

});
