import type { IncomingMessage } from 'node:http';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { FastifyInstance } from 'fastify';
import {
  createSourceEventStream,
  execute,
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { SESSION_COOKIE } from '../../modules/auth/auth.resolver';
import { LiveLedger, type LiveContext } from '../../modules/ledger/ledger.subscriptions';
import type { Bus } from '../bus';
import type { Auth, RequestServices } from '../context';
import { AppError } from '../errors';
import { authenticate } from '../http';
import { enrichErrors } from './enrich-errors';
import { createErrorFormatter } from './format-error';
import { COST_LIMIT } from './limits';

/** Close codes a client can act on. graphql-ws clients do not retry 4401; they do retry the others. */
export const WS_CLOSE = {
  /** No credentials, unknown, expired or revoked ones. */
  unauthorized: 4401,
  /** Valid credentials without the scope an operation needs (an API key without `billing:read`). */
  forbidden: 4403,
  /** The session now points at another workspace: reconnect to follow it. */
  workspaceChanged: 4205,
  /** Authentication could not be checked (database unavailable): retry later. */
  tryAgainLater: 1013,
  /** The server is stopping: reconnect, to another instance if there is one. */
  goingAway: 1001,
} as const;

export interface LiveServerOptions {
  /** Ping interval; a client that misses a pong for as long is dropped. */
  keepAliveMs?: number;
  maxSubscriptionsPerConnection?: number;
  /** A socket with more unsent bytes than this is a consumer that does not read: it is dropped. */
  maxBufferedBytes?: number;
  /** How often every connection's credentials are checked again (sign-out, revoked key). */
  revalidateMs?: number;
  /** Largest message a client may send. */
  maxPayloadBytes?: number;
}

export interface LiveServer {
  live: LiveLedger;
  /** Open WebSocket connections. */
  connections(): number;
  /** Checks every connection's credentials now and closes those no longer valid (also runs on a timer). */
  revalidate(): Promise<void>;
  /** Closes every socket with 1001 (clients reconnect elsewhere), then stops. */
  close(): Promise<void>;
}

interface Connection {
  socket: WebSocket;
  token: string | null;
  auth: Auth;
}

type ConnectionParams = Record<string, unknown> | undefined;

/** Same limits as the HTTP endpoint; the schema's subscription types are shallow, tokens are capped at parse. */
const MAX_TOKENS = 2000;
const armorRules = new ApolloArmor({
  maxDepth: { n: 8 },
  maxAliases: { n: 15 },
  costLimit: COST_LIMIT,
  maxDirectives: { n: 20 },
  blockFieldSuggestion: { enabled: true },
}).protect().validationRules;

const requestError = (message: string, code: string) => new GraphQLError(message, { extensions: { code } });

/** `{ authorization: 'Bearer <token>' }` or `{ token }` in the connection_init payload. */
export function tokenFromParams(params: ConnectionParams): string | null {
  if (!params) return null;
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== 'string') continue;
    const name = key.toLowerCase();
    if (name === 'authorization' && value.startsWith('Bearer ')) return value.slice('Bearer '.length).trim() || null;
    if (name === 'token') return value.trim() || null;
  }
  return null;
}

/**
 * The SPA's session cookie, accepted only from a page of our own origin: a browser sends cookies
 * on any page's WebSocket handshake, so without this check another site could open a connection
 * in the user's name.
 */
export function cookieToken(
  request: IncomingMessage,
  publicUrl: string | undefined,
  production: boolean,
): string | null {
  const cookie = request.headers.cookie;
  const origin = request.headers.origin;
  if (!cookie || !origin) return null;
  let from: URL;
  try {
    from = new URL(origin);
  } catch {
    return null;
  }
  const own =
    from.host === request.headers.host ||
    (publicUrl !== undefined && new URL(publicUrl).origin === from.origin) ||
    (!production && ['localhost', '127.0.0.1', '[::1]'].includes(from.hostname));
  if (!own) return null;
  for (const part of cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== SESSION_COOKIE) continue;
    try {
      return decodeURIComponent(rest.join('=')) || null;
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * Parsed and validated once per distinct query text: clients send the same few documents, and a
 * thousand of them resubscribing after a failover should not mean a thousand validations.
 */
class DocumentCache {
  private readonly entries = new Map<string, DocumentNode | readonly GraphQLError[]>();

  constructor(
    private readonly compile: (query: string) => DocumentNode | readonly GraphQLError[],
    private readonly size = 200,
  ) {}

  get(query: string): DocumentNode | readonly GraphQLError[] {
    let entry = this.entries.get(query);
    if (entry) {
      this.entries.delete(query); // most recently used goes last
    } else {
      entry = this.compile(query);
      if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(query, entry);
    return entry;
  }
}

/**
 * Executes each event once per document for all the subscribers it goes to. The live feeds hand
 * the same object to every subscriber of a workspace on this instance, and the fields of
 * subscription payloads resolve from the payload alone (authorization happens at subscribe), so
 * the result is the same for all of them: a balance change for 500 subscribers costs one execution.
 */
function sharedExecution() {
  const results = new WeakMap<object, Map<string, Promise<ExecutionResult> | ExecutionResult>>();
  const documentIds = new WeakMap<DocumentNode, number>();
  let nextId = 0;
  return (args: ExecutionArgs, payload: unknown) => {
    if (typeof payload !== 'object' || payload === null) return execute({ ...args, rootValue: payload });
    let id = documentIds.get(args.document);
    if (id === undefined) documentIds.set(args.document, (id = ++nextId));
    const key = `${id}\u0000${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}`;
    let byKey = results.get(payload);
    if (!byKey) results.set(payload, (byKey = new Map()));
    let result = byKey.get(key);
    if (!result) byKey.set(key, (result = execute({ ...args, rootValue: payload })));
    return result;
  };
}

/** What `mapEvents`' map returns for an event it delivered itself: nothing to yield. */
const DELIVERED = Symbol('delivered');

/**
 * An async iterator of `map(event)`, whose return() reaches the source at once, even mid-wait. Events
 * the map delivered itself (DELIVERED) are not yielded.
 */
function mapEvents<T>(
  source: AsyncIterable<unknown>,
  map: (event: unknown) => T | typeof DELIVERED | Promise<T | typeof DELIVERED>,
): AsyncIterableIterator<Awaited<T>> {
  const it = source[Symbol.asyncIterator]();
  const finished = { value: undefined, done: true } as const;
  return {
    async next() {
      for (;;) {
        const event = await it.next();
        if (event.done) return finished;
        const value = await map(event.value);
        if (value !== DELIVERED) return { value: value as Awaited<T>, done: false };
      }
    },
    async return() {
      await it.return?.();
      return finished;
    },
    async throw(error?: unknown) {
      await it.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * The `next` message of a result, serialised once however many subscribers it goes to: the results
 * of one event and document are one object (sharedExecution), and the frames differ only by the
 * subscription's id. Sent straight to the socket, as graphql-ws would send it.
 */
function directFrames() {
  const payloads = new WeakMap<ExecutionResult, string>();
  return (id: string, result: ExecutionResult): string => {
    let payload = payloads.get(result);
    if (payload === undefined) payloads.set(result, (payload = JSON.stringify(result)));
    return `{"id":${JSON.stringify(id)},"type":"next","payload":${payload}}`;
  };
}

/** A close reason must fit in 123 bytes. */
const reasonOf = (text: string) => (Buffer.byteLength(text) <= 123 ? text : `${text.slice(0, 100)}…`);

function closeWith(socket: WebSocket, code: number, reason: string): void {
  if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING)
    socket.close(code, reasonOf(reason));
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * GraphQL subscriptions over WebSocket (graphql-ws protocol) on the HTTP server's own port and path.
 * Only subscriptions: queries and mutations stay on HTTP, where rate limits and idempotency live.
 */
export function attachLiveServer(
  app: FastifyInstance,
  services: RequestServices,
  schema: GraphQLSchema,
  bus: Bus,
  opts: LiveServerOptions = {},
): LiveServer {
  const { config, logger } = services;
  const maxSubscriptions = opts.maxSubscriptionsPerConnection ?? 20;
  const maxBuffered = opts.maxBufferedBytes ?? 1_048_576;
  const live = new LiveLedger(services, bus);
  /** Keyed by graphql-ws's per-connection context object. */
  const connections = new Map<object, Connection>();
  const format = createErrorFormatter(logger);
  const formatOne = (error: GraphQLError): GraphQLFormattedError =>
    format(error.toJSON(), error.originalError instanceof AppError ? error.originalError : error);
  const rules = [...specifiedRules, ...armorRules];
  const documents = new DocumentCache((query) => {
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: MAX_TOKENS });
    } catch (err) {
      return [requestError(err instanceof Error ? err.message : 'Syntax error', 'GRAPHQL_PARSE_FAILED')];
    }
    const errors = validate(schema, document, rules);
    if (!errors.length) return document;
    return errors.map(
      (e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    );
  });
  const executeEvent = sharedExecution();
  const frameOf = directFrames();
  /** Per subscription's context: where its results go without graphql-ws's per-message work. */
  const targets = new WeakMap<
    object,
    { ctx: { subscriptions: Record<string, unknown> }; socket: WebSocket; id: string }
  >();
  /**
   * Sends a result without errors straight to the subscriber (DELIVERED); a result with errors goes back
   * to graphql-ws, whose onNext formats them. A subscriber that does not read is dropped: it reconnects and
   * is sent the current balance, which is all it needs.
   */
  const deliver = (contextValue: unknown, result: ExecutionResult): ExecutionResult | typeof DELIVERED => {
    const target = targets.get(contextValue as object);
    if (!target || result.errors?.length) return result;
    const { ctx, socket, id } = target;
    if (!(id in ctx.subscriptions)) return DELIVERED; // completed meanwhile
    if (socket.bufferedAmount > maxBuffered) {
      logger.warn({ buffered: socket.bufferedAmount }, 'dropping a WebSocket client that does not read');
      socket.terminate();
      return DELIVERED;
    }
    socket.send(frameOf(id, result));
    return DELIVERED;
  };

  const wss = new WebSocketServer({
    server: app.server,
    path: '/graphql',
    maxPayload: opts.maxPayloadBytes ?? 65_536,
  });
  wss.on('error', (err) => logger.error({ err }, 'WebSocket server error'));

  // Errors carry what only the caller's context knows, as over HTTP (enrich-errors.ts).
  const renewsAt = (workspaceId: string) => services.billing.renewsAt(workspaceId);
  const enrichFor = (ctx: object, errors: readonly GraphQLError[]) =>
    enrichErrors(errors, connections.get(ctx)?.auth.workspaceId, renewsAt);
  const contextFor = (ctx: object): LiveContext => ({ services, auth: connections.get(ctx)?.auth ?? null, live });

  const server = useServer<ConnectionParams>(
    {
      schema,
      onConnect: async (ctx) => {
        const socket = ctx.extra.socket;
        const token =
          tokenFromParams(ctx.connectionParams) ??
          cookieToken(ctx.extra.request, config.PUBLIC_URL, config.isProduction);
        let auth: Auth | null;
        try {
          auth = await authenticate(services, token);
        } catch (err) {
          logger.error({ err }, 'could not authenticate a WebSocket connection');
          closeWith(socket, WS_CLOSE.tryAgainLater, 'Try again later');
          return false;
        }
        if (!auth) {
          // Our own code: returning false alone would close with 4403.
          closeWith(socket, WS_CLOSE.unauthorized, 'Unauthorized');
          return false;
        }
        connections.set(ctx, { socket, token, auth });
        return true;
      },
      onSubscribe: (ctx, id, payload) => {
        // graphql-ws has registered this operation already, so it counts itself.
        if (Object.keys(ctx.subscriptions).length > maxSubscriptions) {
          return [requestError(`At most ${maxSubscriptions} subscriptions per connection`, 'RATE_LIMITED')];
        }
        if (typeof payload.query !== 'string' || payload.query.length > 20_000) {
          return [requestError('The query must be a string of at most 20,000 characters', 'BAD_REQUEST')];
        }
        const document = documents.get(payload.query);
        if (Array.isArray(document)) return document;
        const operation = getOperationAST(document as DocumentNode, payload.operationName);
        if (!operation) return [requestError('Could not tell which operation to run', 'BAD_REQUEST')];
        if (operation.operation !== 'subscription') {
          return [
            requestError(
              'Only subscriptions are served over WebSocket; send queries and mutations over HTTP',
              'BAD_REQUEST',
            ),
          ];
        }
        const contextValue = contextFor(ctx);
        targets.set(contextValue, { ctx, socket: ctx.extra.socket, id });
        return {
          schema,
          document: document as DocumentNode,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      subscribe: async (args) => {
        const stream = await createSourceEventStream(args);
        if (!isAsyncIterable(stream)) return stream;
        return mapEvents(stream, async (event) => deliver(args.contextValue, await executeEvent(args, event)));
      },
      onOperation: (ctx, _id, _payload, _args, outcome) => {
        // graphql-ws has awaited it already.
        const result = outcome as ExecutionResult | AsyncIterable<unknown>;
        if (isAsyncIterable(result) || !result.errors?.length) return;
        // Refused before the first event: a connection without the right is closed, never left idle.
        for (const error of result.errors) {
          const original = error.originalError;
          if (!(original instanceof AppError)) continue;
          if (original.code === 'UNAUTHENTICATED') closeWith(ctx.extra.socket, WS_CLOSE.unauthorized, 'Unauthorized');
          if (original.code === 'FORBIDDEN') {
            closeWith(ctx.extra.socket, WS_CLOSE.forbidden, `Forbidden: ${original.message}`);
          }
        }
      },
      onNext: (ctx, _id, _payload, _args, result) => {
        const socket = ctx.extra.socket;
        if (socket.bufferedAmount > maxBuffered) {
          // The close frame would wait behind the unread bytes: drop the connection. The client
          // reconnects and is sent the current balance, which is all it needs.
          logger.warn({ buffered: socket.bufferedAmount }, 'dropping a WebSocket client that does not read');
          socket.terminate();
          return;
        }
        if (result.errors?.length) {
          return enrichFor(ctx, result.errors).then(() => ({ ...result, errors: result.errors!.map(formatOne) }));
        }
      },
      onError: async (ctx, _id, _payload, errors) => {
        await enrichFor(ctx, errors);
        return errors.map(formatOne);
      },
      onClose: (ctx) => {
        connections.delete(ctx);
      },
    },
    wss,
    opts.keepAliveMs ?? 12_000,
  );

  const revalidate = async (): Promise<void> => {
    const checks = new Map<string | null, Promise<Auth | null | 'unknown'>>();
    for (const [key, connection] of [...connections]) {
      let check = checks.get(connection.token);
      if (!check) {
        check = authenticate(services, connection.token).catch((err: unknown) => {
          logger.warn({ err }, 'could not re-check WebSocket credentials');
          return 'unknown' as const;
        });
        checks.set(connection.token, check);
      }
      const auth = await check;
      if (auth === 'unknown' || !connections.has(key)) continue;
      if (!auth) {
        closeWith(connection.socket, WS_CLOSE.unauthorized, 'Unauthorized');
        connections.delete(key);
      } else if (auth.workspaceId !== connection.auth.workspaceId) {
        closeWith(connection.socket, WS_CLOSE.workspaceChanged, 'Workspace changed');
        connections.delete(key);
      } else {
        connection.auth = auth;
      }
    }
  };
  let revalidating: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    revalidating = revalidate().catch((err: unknown) => logger.error({ err }, 'WebSocket revalidation failed'));
  }, opts.revalidateMs ?? 60_000);
  timer.unref();

  return {
    live,
    connections: () => wss.clients.size,
    revalidate,
    async close() {
      clearInterval(timer);
      const sockets = [...wss.clients];
      const closed = sockets.map(
        (socket) =>
          new Promise<void>((resolve) => {
            if (socket.readyState === socket.CLOSED) return resolve();
            socket.once('close', () => resolve());
          }),
      );
      for (const socket of sockets) closeWith(socket, WS_CLOSE.goingAway, 'Server shutting down');
      // A client that does not answer the close handshake must not hold the shutdown up.
      const grace = setTimeout(() => sockets.forEach((s) => s.terminate()), 1_000);
      await Promise.all(closed);
      clearTimeout(grace);
      await server.dispose();
      await revalidating;
      live.close();
    },
  };
}
