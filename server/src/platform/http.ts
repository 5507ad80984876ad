import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import helmet from 'helmet';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import { API_KEY_PREFIX } from '../modules/partners/partners.service';
import { SESSION_COOKIE } from '../modules/auth/auth.resolver';
import { routeHistoryExport } from '../modules/usage/history-export';
import { workspaceClockOf } from './clock';
import type { Auth, Context, RequestServices } from './context';
import { AppError } from './errors';
import {
  createErrorFormatter,
  retryAfterPlugin,
  unavailableBeforeExecution,
  UNAVAILABLE_RETRY_AFTER_MS,
} from './graphql/format-error';
import type { Config } from './config';
import { enrichErrorsPlugin } from './graphql/enrich-errors';
import { COST_LIMIT } from './graphql/limits';

/** What the HTTP edge needs beyond what requests use: shutdown of background mail, the Stripe webhook route. */
export interface EdgeServices extends RequestServices {
  mailQueue: { idle(): Promise<void> };
  signInThrottle: { close(): void };
  webhooks: { route(app: FastifyInstance): void } | null;
}

/** The bearer token or, for the SPA, the session cookie. */
export function tokenOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  return request.cookies[SESSION_COOKIE] ?? null;
}

/** A session token or a partner API key, to the caller it stands for (null when unknown, expired or revoked). */
export async function authenticate(
  services: Pick<RequestServices, 'auth' | 'partners'>,
  token: string | null,
): Promise<Auth | null> {
  if (!token || token.length > 512) return null;
  if (token.startsWith(API_KEY_PREFIX)) return services.partners.authenticate(token);
  return services.auth.authenticate(token);
}

/**
 * HTTP callers: also counts API-key requests against the key's rate limit. Runs before execution, where
 * Apollo answers 500 unless the error is a GraphQLError carrying its own status (429, or 503 when the
 * database is unavailable).
 */
async function authenticateRequest(services: RequestServices, token: string | null): Promise<Auth | null> {
  const auth = await authenticate(services, token).catch((err: unknown) => {
    throw unavailableBeforeExecution(err);
  });
  if (auth?.kind === 'apiKey') {
    try {
      await services.partners.consume(auth.apiKeyId);
    } catch (err) {
      if (err instanceof AppError) throw err.toGraphQLError(429);
      throw unavailableBeforeExecution(err);
    }
  }
  return auth;
}

/** Longest query, in tokens; counted by graphql-js while it parses. */
const MAX_TOKENS = 2000;

/**
 * Query limits from graphql-armor (depth, aliases, cost, no field suggestions), so a hostile query is
 * refused at validation, before any resolver runs. The token limit is graphql-js's own `maxTokens` instead
 * of armor's: armor re-parses in a plugin hook, where any syntax error escapes Apollo as a 500.
 */
function armor() {
  return new ApolloArmor({
    maxDepth: { n: 8 },
    maxAliases: { n: 15 },
    costLimit: COST_LIMIT,
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

export async function createHttpServer(services: EdgeServices, schema: GraphQLSchema): Promise<FastifyInstance> {
  const { config, logger } = services;
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    // Per-request lines would dominate the logs and the hot path; errors are logged where they are handled.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1_048_576,
    trustProxy: true,
  });
  const protection = armor();
  const apollo = new ApolloServer<Context>({
    schema,
    ...protection,
    plugins: [
      ...protection.plugins,
      fastifyApolloDrainPlugin(app),
      retryAfterPlugin(),
      enrichErrorsPlugin<Context>((workspaceId) => services.billing.renewsAt(workspaceId)),
      // Apollo's landing page is inline script plus a CDN bundle, which the Content-Security-Policy refuses.
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are set (every answer is private data, never cached: `noStorePlugin`); left on, the
      // plugin wraps every field's resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
    ],
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    introspection: config.GRAPHQL_INTROSPECTION ?? !config.isProduction,
    formatError: createErrorFormatter(logger),
    csrfPrevention: true,
  });
  await apollo.start();
  closeKeepAliveOnShutdown(app);
  addSecurityHeaders(app, config);
  app.addHook('onClose', async () => {
    await services.mailQueue.idle(); // a reset link or lock notice still being written
    services.signInThrottle.close();
  });
  await app.register(fastifyCookie);
  // Each request runs in a scope the demo clock names once the caller's workspace is known.
  const workspaceClock = workspaceClockOf(services.clock);
  if (workspaceClock) app.addHook('onRequest', (_request, _reply, done) => workspaceClock.runUnnamed(done));

  app.get('/healthz', async (_req, reply) => {
    try {
      await services.db.execute('select 1');
      return { status: 'ok', database: config.database.kind };
    } catch {
      reply.header('retry-after', String(Math.ceil(UNAVAILABLE_RETRY_AFTER_MS / 1000)));
      return reply.code(503).send({ status: 'unavailable' });
    }
  });

  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: async (request, reply): Promise<Context> => {
      const auth = await authenticateRequest(services, tokenOf(request));
      if (auth) workspaceClock?.enterWorkspace(auth.workspaceId);
      return { services, auth, http: { request, reply } };
    },
  });

  routeHistoryExport(app, services, (request) => authenticateRequest(services, tokenOf(request)));
  services.webhooks?.route(app);
  await serveClient(app, services);
  return app;
}

/**
 * Security headers on every response (helmet), with a Content-Security-Policy that allows only this
 * origin's own files: the SPA has no inline script or style, so none is allowed, and nothing may frame
 * a page. HSTS only in production, where the server is behind HTTPS (docs/how-to/account-security.md).
 */
export function securityHeaders(config: Pick<Config, 'isProduction'>) {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        // 'self' covers the live balance WebSocket on the same host.
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        ...(config.isProduction ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    xFrameOptions: { action: 'deny' as const },
    strictTransportSecurity: config.isProduction ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  };
}

/** Every GraphQL answer is private to its caller: no cache, shared or the browser's, may keep it. */
function noStorePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}

/**
 * Sets `securityHeaders` on every response, with helmet's middleware built once (its Fastify plugin builds
 * it again, directives parsed anew, for every request).
 */
export function addSecurityHeaders(app: FastifyInstance, config: Pick<Config, 'isProduction'>): void {
  const apply = helmet(securityHeaders(config));
  app.addHook('onRequest', (request, reply, done) =>
    apply(request.raw, reply.raw, (err?: unknown) => done(err as Error)),
  );
}

/**
 * On shutdown, requests in flight finish, but their keep-alive connections would then hold the
 * close open until they time out: answer them with `Connection: close` instead.
 */
function closeKeepAliveOnShutdown(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
}

/** The built SPA, when there is one: files as they are, every other GET path gets index.html. */
async function serveClient(app: FastifyInstance, services: RequestServices): Promise<void> {
  const dist = join(__dirname, '..', '..', '..', 'client', 'dist');
  if (!services.config.SERVE_CLIENT || !existsSync(join(dist, 'index.html'))) return;
  await app.register(fastifyStatic, { root: dist, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/graphql')) return reply.sendFile('index.html');
    return reply.code(404).send({ error: 'not found' });
  });
}
