/**
 * The baseline of benchmark 7: a bare `ws` server that, when asked, sends one small message to each
 * of its clients, grouped by the key they connected with (`/?key=…`). No GraphQL, no database, no
 * bus: what pushing a balance to the same clients costs at the least. `POST /broadcast?version=N`
 * sends `version` N to every client, group after group, and answers when the broadcast began
 * (`began`) and when each group's sending began (`stamps`), on the wall clock, comparable across
 * processes. Started by live-latency.ts through spawnServer.
 */
import { createServer } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

const now = () => performance.timeOrigin + performance.now();

const groups = new Map<string, Set<WebSocket>>();
const http = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'POST' || url.pathname !== '/broadcast') {
    res.writeHead(404).end();
    return;
  }
  const version = Number(url.searchParams.get('version'));
  const stamps: Record<string, number> = {};
  const began = now();
  for (const [key, clients] of groups) {
    stamps[key] = now();
    // The size and shape of a graphql-ws balance message.
    const message = JSON.stringify({
      id: '1',
      type: 'next',
      payload: { data: { balanceChanged: { version, available: '99999.99', reserved: '0.01' } } },
    });
    for (const socket of clients) socket.send(message);
  }
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ began, stamps }));
});

const wss = new WebSocketServer({ server: http });
wss.on('connection', (socket, req) => {
  const key = new URL(req.url ?? '/', 'http://localhost').searchParams.get('key') ?? '';
  let clients = groups.get(key);
  if (!clients) groups.set(key, (clients = new Set()));
  clients.add(socket);
  socket.on('close', () => clients.delete(socket));
});

http.listen(0, '127.0.0.1', () => {
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`${JSON.stringify({ event: 'listening', url: `http://127.0.0.1:${port}`, port })}\n`);
});

const stop = () => {
  for (const socket of wss.clients) socket.terminate();
  wss.close();
  http.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
