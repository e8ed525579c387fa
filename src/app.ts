import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import { projectPath } from './project-root.js';
import { registerErrorHandler } from './errors/error-handler.js';
import { sessionPlugin } from './http/session.plugin.js';
import { writeRateLimitPlugin } from './http/write-rate-limit.js';
import { apiRoutes } from './routes.js';

const webDist = projectPath('dist/web') + '/';

export type App = FastifyInstance;

/** A hop count trusts that many proxies nearest the server (as proxy-addr counts hops). */
const trustProxyOption = (trust: Config['trustProxy']) =>
  typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;

export async function buildApp(ctx: AppContext, opts: { logger?: boolean } = {}): Promise<App> {
  const app = Fastify({
    logger:
      opts.logger === false
        ? false
        : {
            level: ctx.config.logLevel,
            // Structured JSON logs with no personal data: no bodies, no cookies, no query strings.
            serializers: {
              req: (req) => ({ method: req.method, route: req.routeOptions?.url, id: req.id }),
              res: (res) => ({ statusCode: res.statusCode }),
            },
          },
    bodyLimit: ctx.config.bodyLimitBytes,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    // Off unless configured: otherwise any client could set its own address (sign-in limit, audit).
    trustProxy: trustProxyOption(ctx.config.trustProxy),
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerErrorHandler(app);

  await app.register(cookie);
  // Off by default; the routes that need it say so (sign-in: auth.routes.ts).
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Rinda API',
        description: "Rwanda's national child protection case management information system",
        version: '1',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'rinda_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  app.get('/api/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());

  await app.register(sessionPlugin, ctx);
  await app.register(writeRateLimitPlugin, ctx);
  await app.register(apiRoutes, { prefix: '/api/v1', ctx } as never);

  app.get('/health', { config: { auth: 'public' }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/ready', { config: { auth: 'public' }, schema: { hide: true } }, async (_req, reply) => {
    try {
      await ctx.database.db.selectFrom('schema_migrations').select('name').limit(1).execute();
      return { status: 'ready', database: ctx.database.kind };
    } catch {
      return reply.status(503).send({ status: 'unavailable', database: ctx.database.kind });
    }
  });

  if (existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: false });
    // The single-page app answers every non-API path with its index.
    app.get('/*', { config: { auth: 'public' }, schema: { hide: true } }, async (request, reply) => {
      if (request.url.startsWith('/api/')) {
        return reply.status(404).send({
          error: { code: 'not_found', message: 'No such route', messageKey: 'errors.no_route', requestId: request.id },
        });
      }
      return reply.sendFile('index.html');
    });
  }
  return app;
}
