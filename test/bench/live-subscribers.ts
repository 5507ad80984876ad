/**
 * A pool of balance subscribers in a process of its own (forked by live-latency.ts), so that
 * receiving thousands of messages does not slow the load generator's event loop. Every message is
 * stamped on arrival with a wall-clock time in milliseconds comparable across processes.
 * `raw` subscribers are bare `ws` clients of live-raw-server.ts, the baseline: the same number of
 * clients in the same process, receiving a message of the same shape.
 */
import WebSocket from 'ws';

export interface PoolSubscriber {
  key: string;
  url: string;
  token: string;
}

export type ToPool =
  | { type: 'connect'; subs: PoolSubscriber[]; raw?: boolean }
  | { type: 'await'; id: number; targets: Record<string, number> }
  | { type: 'latest' }
  | { type: 'close' };

export type FromPool =
  | { type: 'connected'; versions: number[] }
  | { type: 'reached'; id: number; arrivals: Array<number | null> }
  | {
      type: 'latest';
      latest: Array<{ version: number; available: string } | null>;
      messages: number;
      reconnects: number;
    }
  | { type: 'error'; message: string };

export const now = () => performance.timeOrigin + performance.now();

interface Record_ {
  version: number;
  available: string;
  at: number;
}

const send = (msg: FromPool) => process.send!(msg);

const subs: PoolSubscriber[] = [];
const history: Record_[][] = [];
let closing = false;
const sockets: WebSocket[] = [];
let connects = 0;
let messages = 0;
const pending = new Map<
  number,
  { targets: Record<string, number>; waiting: Set<number>; arrivals: Array<number | null> }
>();
let onFirst: ((i: number) => void) | null = null;

function arrivalFor(i: number, target: number): number | null {
  const found = history[i]!.find((r) => r.version >= target);
  return found ? found.at : null;
}

function received(i: number, record: Record_): void {
  history[i]!.push(record);
  messages += 1;
  onFirst?.(i);
  for (const [id, wait] of pending) {
    if (!wait.waiting.has(i)) continue;
    const target = wait.targets[subs[i]!.key]!;
    if (record.version < target) continue;
    wait.arrivals[i] = record.at;
    wait.waiting.delete(i);
    if (wait.waiting.size === 0) {
      pending.delete(id);
      send({ type: 'reached', id, arrivals: wait.arrivals });
    }
  }
}

/** Bare `ws` clients: connected once all are open (the server sends nothing first). */
async function connectRaw(list: PoolSubscriber[]): Promise<void> {
  await Promise.all(
    list.map((sub) => {
      const i = subs.length;
      subs.push(sub);
      history.push([]);
      const socket = new WebSocket(`${sub.url.replace(/^http/, 'ws')}/?key=${encodeURIComponent(sub.key)}`);
      sockets.push(socket);
      socket.on('message', (data) => {
        const at = now();
        const msg = JSON.parse(String(data)) as {
          payload: { data: { balanceChanged: { version: number; available: string } } };
        };
        const b = msg.payload.data.balanceChanged;
        received(i, { version: b.version, available: b.available, at });
      });
      socket.on('error', (err) => send({ type: 'error', message: `raw subscriber ${i}: ${err.message}` }));
      return new Promise<void>((resolve, reject) => {
        socket.once('open', () => {
          connects += 1;
          resolve();
        });
        socket.once('error', reject);
      });
    }),
  );
  send({ type: 'connected', versions: subs.map(() => 0) });
}

const BALANCE_SUBSCRIPTION = JSON.stringify({
  id: '1',
  type: 'subscribe',
  payload: { query: 'subscription { balanceChanged { version available } }' },
});

/**
 * Subscribers speaking the graphql-ws protocol (graphql-transport-ws) on bare `ws` clients, one
 * subscription each: a message costs this process what a bare client's costs it (stamp, parse, record),
 * so that a thousand of them in one process delay the later arrivals of a burst no more than the
 * baseline's do. The protocol itself is graphql-ws's, spoken to the server unchanged; the integration
 * tests use graphql-ws's own client. A connection that closes before the pool does is an error: the
 * benchmark expects none.
 */
async function connect(list: PoolSubscriber[]): Promise<void> {
  const firstSeen = new Set<number>();
  const all = new Promise<void>((resolve) => {
    onFirst = (i) => {
      firstSeen.add(i);
      if (firstSeen.size === list.length) resolve();
    };
  });
  for (const sub of list) {
    const i = subs.length;
    subs.push(sub);
    history.push([]);
    const socket = new WebSocket(`${sub.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    sockets.push(socket);
    socket.on('open', () =>
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${sub.token}` } })),
    );
    socket.on('message', (data) => {
      const at = now();
      const msg = JSON.parse(String(data)) as {
        type: string;
        payload?: { data?: { balanceChanged?: { version: number; available: string } }; errors?: unknown };
      };
      if (msg.type === 'next') {
        const b = msg.payload?.data?.balanceChanged;
        if (b) received(i, { version: b.version, available: b.available, at });
        else send({ type: 'error', message: `subscriber ${i}: ${JSON.stringify(msg.payload)}` });
      } else if (msg.type === 'connection_ack') {
        connects += 1;
        socket.send(BALANCE_SUBSCRIPTION);
      } else if (msg.type === 'ping') {
        socket.send('{"type":"pong"}');
      } else if (msg.type === 'error' || msg.type === 'complete') {
        send({ type: 'error', message: `subscriber ${i}: ${msg.type} ${JSON.stringify(msg.payload ?? null)}` });
      }
    });
    socket.on('close', (code, reason) => {
      if (!closing) send({ type: 'error', message: `subscriber ${i}: closed ${code} ${String(reason)}` });
    });
    socket.on('error', (err) => send({ type: 'error', message: `subscriber ${i}: ${err.message}` }));
  }
  await all;
  onFirst = null;
  send({ type: 'connected', versions: history.slice(-list.length).map((h) => h[0]!.version) });
}

process.on('message', (msg: ToPool) => {
  switch (msg.type) {
    case 'connect':
      void (msg.raw ? connectRaw(msg.subs) : connect(msg.subs));
      return;
    case 'await': {
      const arrivals: Array<number | null> = subs.map(() => null);
      const waiting = new Set<number>();
      subs.forEach((sub, i) => {
        const target = msg.targets[sub.key];
        if (target === undefined) return;
        const at = arrivalFor(i, target);
        if (at === null) waiting.add(i);
        else arrivals[i] = at;
      });
      if (waiting.size === 0) send({ type: 'reached', id: msg.id, arrivals });
      else pending.set(msg.id, { targets: msg.targets, waiting, arrivals });
      return;
    }
    case 'latest':
      send({
        type: 'latest',
        latest: history.map((h) => {
          const last = h.at(-1);
          return last ? { version: last.version, available: last.available } : null;
        }),
        messages,
        reconnects: connects - subs.length,
      });
      return;
    case 'close':
      closing = true;
      for (const socket of sockets) socket.close();
      process.exit(0);
      return;
  }
});
