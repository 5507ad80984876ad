import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import { SESSION_COOKIE } from '../modules/auth/auth.resolver';
import type { Auth, Context } from './context';
import { createErrorFormatter } from './graphql/format-error';
import type { Services } from './services';

/** The bearer token or, for the SPA, the session cookie. */
export function tokenOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  return request.cookies[SESSION_COOKIE] ?? null;
}

export async function authenticate(services: Services, token: string | null): Promise<Auth | null> {
  if (!token || token.length > 512) return null;
  return services.auth.authenticate(token);
}

/**
 * Query limits from graphql-armor (depth, aliases, cost, tokens, no field suggestions), so a hostile
 * query is refused at validation, before any resolver runs.
 */
function armor() {
  return new ApolloArmor({
    maxDepth: { n: 8 },
    maxAliases: { n: 15 },
    costLimit: { maxCost: 5000 },
    maxTokens: { n: 2000 },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

export async function createHttpServer(services: Services, schema: GraphQLSchema): Promise<FastifyInstance> {
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
    plugins: [...protection.plugins, fastifyApolloDrainPlugin(app)],
    validationRules: protection.validationRules,
    introspection: config.GRAPHQL_INTROSPECTION ?? !config.isProduction,
    formatError: createErrorFormatter(logger),
    csrfPrevention: true,
  });
  await apollo.start();
  await app.register(fastifyCookie);

  app.get('/healthz', async (_req, reply) => {
    try {
      await services.orm.em.getConnection().execute('select 1');
      return { status: 'ok', database: config.database.kind };
    } catch {
      return reply.code(503).send({ status: 'unavailable' });
    }
  });

  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: async (request, reply): Promise<Context> => ({
      services,
      auth: await authenticate(services, tokenOf(request)),
      http: { request, reply },
    }),
  });

  await serveClient(app, services);
  return app;
}

/** The built SPA, when there is one: files as they are, every other GET path gets index.html. */
async function serveClient(app: FastifyInstance, services: Services): Promise<void> {
  const dist = join(__dirname, '..', '..', '..', 'client', 'dist');
  if (!services.config.SERVE_CLIENT || !existsSync(join(dist, 'index.html'))) return;
  await app.register(fastifyStatic, { root: dist, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/graphql')) return reply.sendFile('index.html');
    return reply.code(404).send({ error: 'not found' });
  });
}
