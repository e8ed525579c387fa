import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import { projectPath } from './project-root.js';
import { errorBodySchema } from './errors/error.schemas.js';
import { documentedSchema } from './http/multipart-body.js';
import { registerErrorHandler } from './errors/error-handler.js';
import { clientErrorHandler, frameworkErrors } from './errors/framework-errors.js';
import { sessionPlugin } from './http/session.plugin.js';
import { DOCS_CSP, securityHeadersPlugin } from './http/security-headers.js';
import { writeRateLimitPlugin } from './http/write-rate-limit.js';
import { apiRoutes } from './routes.js';

const webDist = projectPath('dist/web') + '/';

export type App = FastifyInstance;

/** A hop count trusts that many proxies nearest the server (as proxy-addr counts hops). */
const trustProxyOption = (trust: Config['trustProxy']) => (typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust);

/** A route as registered: its method and its pattern (the key of src/access/route-access.ts). */
type RegisteredRoute = { method: string; url: string };

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route the server registered, in order (tests/route-access.test.ts checks each has an access rule). */
    registeredRoutes: RegisteredRoute[];
  }
}

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
    // The parser's and the router's own refusals answer with Rinda's error body.
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  const registeredRoutes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', registeredRoutes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) registeredRoutes.push({ method, url: route.url });
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerErrorHandler(app);

  await app.register(securityHeadersPlugin);
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
          // The SMS gateways' webhooks (src/sms/inbound/gateway-auth.ts; also Authorization: Token …, or ?secret=).
          gatewaySecret: { type: 'apiKey', in: 'header', name: 'x-rinda-gateway-secret' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    // Every documented route answers a refusal or failure with the one error
    // body (src/errors/error.schemas.ts), a shared component of the document.
    // A multipart upload's body is documented from its multipartBody schema.
    transform: (input) =>
      jsonSchemaTransform(
        input.schema?.hide
          ? input
          : {
              ...input,
              schema: {
                ...documentedSchema(input.schema ?? {}),
                response: { ...(input.schema?.response as object | undefined), '4XX': errorBodySchema, '5XX': errorBodySchema },
              },
            },
      ),
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list', validatorUrl: null }, staticCSP: DOCS_CSP });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(sessionPlugin, ctx);
  await app.register(writeRateLimitPlugin, ctx);
  await app.register(apiRoutes, { prefix: '/api/v1', ctx });

  app.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/ready', { schema: { hide: true } }, async (_req, reply) => {
    try {
      await ctx.database.db.selectFrom('schema_migrations').select('name').limit(1).execute();
      return { status: 'ready', database: ctx.database.kind };
    } catch {
      return reply.status(503).send({ status: 'unavailable', database: ctx.database.kind });
    }
  });

  // The single-page app: a file of the built app if the path names one, its
  // index for every other path, and for an API-looking path (however spelt:
  // the router has already decoded it) the API's 404.
  const webBuilt = existsSync(webDist);
  if (webBuilt) await app.register(fastifyStatic, { root: webDist, serve: false });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = (request.params as { '*'?: string })['*'] ?? '';
    const segments: string[] = [];
    for (const s of path.split('/')) {
      if (s === '..') segments.pop();
      else if (s !== '' && s !== '.') segments.push(s);
    }
    if (!webBuilt || segments[0]?.toLowerCase() === 'api') {
      return reply.status(404).send({
        error: { code: 'not_found', message: 'No such route', messageKey: 'errors.no_route', requestId: request.id },
      });
    }
    const file = resolve(webDist, ...segments);
    if (file.startsWith(webDist) && !segments.some((s) => s.startsWith('.')) && isFile(file)) {
      return reply.sendFile(file.slice(webDist.length).split(sep).join('/'));
    }
    return reply.sendFile('index.html');
  });
  return app;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
