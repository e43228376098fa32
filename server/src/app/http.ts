import { createServer, type Server } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Queue } from 'bullmq';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';
import type { GraphQLSchema } from 'graphql';
import { pickLanguage } from '@bangfu/shared';
import { hasRole } from '../common/actor.js';
import { currentRequestScope, newCorrelationId, runInRequestScope } from '../common/request-context.js';
import { QUEUE_NAMES } from '../modules/jobs/processors.js';
import { translate } from '@bangfu/shared';
import type { Config } from './config.js';
import { createLoaders, type Context } from './context.js';
import { createErrorFormatter } from './errors.js';
import type { Logger } from './logger.js';
import { aliasLimitRule, complexityPlugin, depthLimitRule } from './query-limits.js';
import { createServices, serviceDeps } from './services.js';

export interface AppDeps {
  config: Config;
  orm: MikroORM;
  redis: Redis;
  logger: Logger;
  schema: GraphQLSchema;
}

const bearerToken = (req: Request): string | null => {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() || null : null;
};

/** Builds the HTTP server: GraphQL at /graphql and a health check at /healthz. Call `start()` before listening. */
export function createHttpApp(deps: AppDeps) {
  const { config, orm, redis, logger, schema } = deps;
  const app = express();
  const httpServer: Server = createServer(app);
  const shared = serviceDeps(config, redis);
  const production = config.NODE_ENV === 'production';

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !production,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: config.QUERY_MAX_TOKENS },
    validationRules: [depthLimitRule(config.QUERY_MAX_DEPTH), aliasLimitRule(config.QUERY_MAX_ALIASES)],
    formatError: createErrorFormatter(logger),
    logger,
    plugins: [
      complexityPlugin<Context>(schema, config.QUERY_MAX_COST),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });

  app.disable('x-powered-by');
  // the PWA's proxy and the deployment's reverse proxy sit on loopback / the compose network
  app.set('trust proxy', ['loopback', 'uniquelocal']);

  app.get('/healthz', async (_req, res) => {
    try {
      await orm.em.fork().execute('select 1');
      await redis.ping();
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  const requestScope = (req: Request, _res: Response, next: NextFunction) =>
    runInRequestScope({ correlationId: newCorrelationId(), lang: pickLanguage(req.headers['accept-language']) }, next);

  // files from finished export jobs, for the person who asked and readers of the unit (JobService decides)
  app.get('/downloads/:jobId', async (req, res, next) => {
    try {
      const token = bearerToken(req);
      const services = createServices(orm.em.fork(), shared);
      const actor = token ? await services.auth.authenticate(token) : null;
      const job = actor ? await services.jobs.get(actor, req.params.jobId).catch(() => null) : null;
      const lang = pickLanguage(req.headers['accept-language']);
      if (!actor) {
        res.status(401).json({ errors: [{ message: translate('auth.required', lang), extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
      if (!job || job.state !== 'COMPLETED' || !job.filePath) {
        res.status(404).json({ errors: [{ message: translate('job.notFound', lang), extensions: { code: 'NOT_FOUND' } }] });
        return;
      }
      // the export directory lives under .data/, which send() would otherwise hide as a dotfile
      res.download(job.filePath, `${job.name}-${job.id}.xlsx`, { dotfiles: 'allow' });
    } catch (error) {
      next(error);
    }
  });

  // bull-board for operators. A browser cannot send a bearer header, so `?token=` is traded once for an
  // HttpOnly cookie scoped to this path.
  const ADMIN_PATH = '/admin/queues';
  const boardQueues = QUEUE_NAMES.map((name) => new Queue(name, { connection: redis }).on('error', (error) => logger.warn({ err: error, queue: name }, 'queue connection error')));
  const board = new ExpressAdapter().setBasePath(ADMIN_PATH);
  createBullBoard({ queues: boardQueues.map((queue) => new BullMQAdapter(queue, { readOnlyMode: false })), serverAdapter: board });
  const cookieToken = (req: Request): string | null =>
    (req.headers.cookie ?? '').split(';').map((part) => part.trim().split('=')).find(([name]) => name === 'bangfu_admin')?.[1] ?? null;
  app.use(ADMIN_PATH, async (req, res, next) => {
    const fromQuery = typeof req.query.token === 'string' ? req.query.token : null;
    const token = bearerToken(req) ?? fromQuery ?? cookieToken(req);
    const actor = token ? await createServices(orm.em.fork(), shared).auth.authenticate(token) : null;
    const lang = pickLanguage(req.headers['accept-language']);
    if (!actor) {
      res.status(401).json({ errors: [{ message: translate('auth.required', lang), extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    if (!hasRole(actor, ['SYSTEM_ADMIN'])) {
      res.status(403).json({ errors: [{ message: translate('forbidden', lang), extensions: { code: 'FORBIDDEN' } }] });
      return;
    }
    if (fromQuery) {
      res.setHeader('Set-Cookie', `bangfu_admin=${fromQuery}; HttpOnly; SameSite=Strict; Path=${ADMIN_PATH}${production ? '; Secure' : ''}`);
      res.redirect(302, ADMIN_PATH);
      return;
    }
    next();
  }, board.getRouter());

  const start = async () => {
    await apollo.start();
    app.use(
      '/graphql',
      requestScope,
      express.json({ limit: '200kb' }),
      expressMiddleware(apollo, {
        context: async ({ req }): Promise<Context> => {
          const em = orm.em.fork();
          const services = createServices(em, shared);
          const token = bearerToken(req);
          const actor = token ? await services.auth.authenticate(token) : null;
          const scope = currentRequestScope()!;
          return { actor, services, loaders: createLoaders(em), lang: scope.lang, ip: req.ip ?? 'unknown', correlationId: scope.correlationId };
        },
      }),
    );
    // Malformed bodies and anything else that escapes get a typed error, never Express's stack page.
    app.use((error: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
      const scope = currentRequestScope();
      const lang = scope?.lang ?? 'zh-CN';
      if (error.status && error.status < 500) {
        res.status(error.status).json({
          errors: [{ message: translate('badInput.query', lang, { detail: error.type ?? 'request' }), extensions: { code: 'BAD_USER_INPUT' } }],
        });
        return;
      }
      const correlationId = scope?.correlationId ?? newCorrelationId();
      logger.error({ err: error, correlationId }, 'unexpected HTTP error');
      res.status(500).json({ errors: [{ message: translate('internal', lang, { correlationId }), extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId } }] });
    });
  };

  const stop = async () => {
    await apollo.stop();
    await Promise.all(boardQueues.map((queue) => queue.close()));
  };

  return { app, httpServer, apollo, start, stop };
}
