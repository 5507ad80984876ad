/**
 * Baseline of benchmark 1: a bare `node:http` server that answers every request with the body the
 * GraphQL server gives `{ __typename }` (BENCH_BODY), in its own process like the server under test.
 * It reads the request body first, as any handler of a POST must, and does nothing else.
 */
import { createServer } from 'node:http';

const body = Buffer.from(process.env.BENCH_BODY ?? '{"data":{"__typename":"Query"}}');

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
    res.end(body);
  });
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`${JSON.stringify({ event: 'listening', url: `http://127.0.0.1:${port}` })}\n`);
});

process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
