import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';
import type { GraphQLSchema } from 'graphql';
import { EXPORT_EXPIRED, SECURITY_HEADERS, formatBytes, pickLanguage } from '@bangfu/shared';
import { DomainError, unauthenticated } from '../common/domain-error.js';
import { currentRequestScope, newCorrelationId, runInRequestScope } from '../common/request-context.js';
import { rowScopeOf } from '../common/row-scope.js';
import type { Actor } from '../common/actor.js';
import { translate } from '@bangfu/shared';
import type { Config } from './config.js';
import type { Context } from '../common/context.js';
import { createLoaders } from './loaders.js';
import { createErrorFormatter } from './errors.js';
import type { Logger } from '../common/logger.js';
import type { ReadPath } from '../common/read-path.js';
import { aliasLimitRule, complexityPlugin, depthLimitRule, nulCharacterPlugin } from './query-limits.js';
import { createServices, serviceDeps } from './services.js';
import { mountQueueBoard } from './queue-board.js';

export interface AppDeps {
  config: Config;
  orm: MikroORM;
  redis: Redis;
  reads?: ReadPath;
  logger: Logger;
  schema: GraphQLSchema;
}

const HTTP_STATUS: Record<DomainError['code'], number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  INVALID_TRANSITION: 409,
  CONFLICT: 409,
  INSUFFICIENT_FUNDS: 409,
  LIMIT_EXCEEDED: 409,
  QUERY_TOO_COMPLEX: 400,
};

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'application/pdf': 'pdf' };

const bearerToken = (req: Request): string | null => {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() || null : null;
};

/**
 * The built PWA from the same origin. Hashed assets are cached for good; the shell, manifest and service worker are
 * revalidated so a deployment reaches phones (the app then offers the update).
 */
function serveClient(app: express.Express, root: string): void {
  const revalidate = /(\.html|sw\.js|\.webmanifest)$/;
  app.use(
    express.static(root, {
      index: false,
      setHeaders: (res, path) => res.setHeader('Cache-Control', revalidate.test(path) ? 'no-cache' : 'public, max-age=31536000, immutable'),
    }),
  );
  // the apps' own routes (/cases/12, /console/queue) get their shell; API paths fall through to their handlers
  app.get(/^\/(?!graphql|uploads|files|downloads|admin|healthz|livez)/, (req, res) => {
    const shell = req.path.startsWith('/console') ? join(root, 'console', 'index.html') : join(root, 'index.html');
    res.sendFile(shell, { headers: { 'Cache-Control': 'no-cache' } });
  });
}

/**
 * Builds the HTTP server: GraphQL at /graphql, readiness at /healthz (database and Redis reachable) and liveness at
 * /livez (the process answers; a load balancer restarts on it, not on a database blip). Call `start()` before listening.
 */
export function createHttpApp(deps: AppDeps) {
  const { config, orm, redis, logger, schema } = deps;
  const app = express();
  const httpServer: Server = createServer(app);
  const shared = serviceDeps(config, redis, deps.reads);
  const production = config.NODE_ENV === 'production';

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !production,
    // "Did you mean …?" would reveal field names that introspection hides
    hideSchemaDetailsFromClientErrors: production,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: config.QUERY_MAX_TOKENS },
    validationRules: [depthLimitRule(config.QUERY_MAX_DEPTH), aliasLimitRule(config.QUERY_MAX_ALIASES)],
    formatError: createErrorFormatter(logger),
    logger,
    plugins: [
      complexityPlugin<Context>(schema, config.QUERY_MAX_COST),
      nulCharacterPlugin<Context>(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // no cache hints are used; the default plugin would wrap every field resolver to collect them
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads its sandbox from a CDN, which the content security policy forbids
      ApolloServerPluginLandingPageDisabled(),
    ],
  });

  app.disable('x-powered-by');
  // helmet's headers, with the policy text and the rest exactly as vite preview and nginx send them (SECURITY_HEADERS)
  app.use(
    helmet({
      contentSecurityPolicy: false,
      strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
    }),
    (_req: Request, res: Response, next: NextFunction) => {
      res.setHeader('Content-Security-Policy', SECURITY_HEADERS['Content-Security-Policy']);
      res.setHeader('Permissions-Policy', SECURITY_HEADERS['Permissions-Policy']);
      next();
    },
  );
  // X-Forwarded-For is believed only as far as the configured proxies vouch for it; a client's own entries are not
  app.set('trust proxy', config.TRUST_PROXY);

  app.get('/livez', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/healthz', async (_req, res) => {
    try {
      await orm.em.fork().execute('select 1');
      await redis.ping();
      res.json({ status: 'ok', ...(deps.reads?.state ? { replica: deps.reads.state } : {}) });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  const requestScope = (req: Request, _res: Response, next: NextFunction) =>
    runInRequestScope(
      {
        correlationId: newCorrelationId(),
        lang: pickLanguage(req.headers['accept-language']),
        appScopeChecks: config.APP_SCOPE_CHECKS,
      },
      next,
    );
  /** From here on the request's queries see the caller's rows of files and cases, and no others (row-scope.ts). */
  const signedIn = (actor: Actor | null) => {
    currentRequestScope()!.rows = rowScopeOf(actor);
    return actor;
  };

  const sendError = (req: Request, res: Response, error: DomainError) => {
    const lang = currentRequestScope()?.lang ?? pickLanguage(req.headers['accept-language']);
    res
      .status(HTTP_STATUS[error.code])
      .json({ errors: [{ message: translate(error.key, lang, error.params), extensions: { code: error.code } }] });
  };
  const authenticated = async (req: Request) => {
    const services = createServices(orm.em.fork(), shared);
    const token = bearerToken(req);
    const actor = signedIn(token ? await services.auth.authenticate(token) : null);
    if (!actor) throw unauthenticated();
    return { actor, services };
  };
  /** Plain HTTP routes answer like GraphQL does: a coded error in the caller's language, never a stack. */
  const route = (handler: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response, next: NextFunction) => {
    try {
      await handler(req, res);
    } catch (error) {
      if (error instanceof DomainError) sendError(req, res, error);
      else next(error);
    }
  };

  // files from finished export jobs, for the person who asked and readers of the unit (JobService decides)
  app.get(
    '/downloads/:jobId',
    requestScope,
    route(async (req, res) => {
      const { actor, services } = await authenticated(req);
      const job = await services.jobs.get(actor, String(req.params.jobId)).catch(() => null);
      if (!job || job.state !== 'COMPLETED') throw new DomainError('NOT_FOUND', 'job.notFound');
      const expired = new DomainError('NOT_FOUND', 'job.expired');
      if (!job.filePath) throw job.error === EXPORT_EXPIRED ? expired : new DomainError('NOT_FOUND', 'job.notFound');
      // the export directory lives under .data/, which send() would otherwise hide as a dotfile; a file the purge
      // removed between the lookup and the read is expired too
      res.download(job.filePath, `${job.name}-${job.id}${extname(job.filePath)}`, { dotfiles: 'allow' }, (error) => {
        if (error && !res.headersSent) sendError(req, res, expired);
      });
    }),
  );

  /**
   * Raw bytes (no multipart) from a signed-in caller: the caller is known before a byte of the body is read, and a
   * stranger's upload is answered and the connection closed; a body over `limit` gets `tooLarge`.
   */
  type Signed = Awaited<ReturnType<typeof authenticated>>;
  const signedRawBody = (limit: number, tooLarge: () => DomainError) => [
    requestScope,
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        res.locals.signed = await authenticated(req);
        next();
      } catch (error) {
        if (!(error instanceof DomainError)) return next(error);
        res.setHeader('Connection', 'close');
        sendError(req, res, error);
      }
    },
    express.raw({ type: () => true, limit }),
    (error: Error & { type?: string }, req: Request, res: Response, next: NextFunction) => {
      if (error.type !== 'entity.too.large') return next(error);
      sendError(req, res, tooLarge());
    },
  ];

  // Evidence from the phone, idempotent on the key the phone chose for the photo.
  app.put(
    '/uploads/cases/:caseId/:uploadKey',
    ...signedRawBody(
      config.UPLOAD_MAX_BYTES,
      () => new DomainError('BAD_USER_INPUT', 'document.tooLarge', { max: formatBytes(config.UPLOAD_MAX_BYTES) }),
    ),
    route(async (req, res) => {
      const { actor, services } = res.locals.signed as Signed;
      const { document, created } = await services.documents.upload(actor, {
        caseId: String(req.params.caseId),
        uploadKey: String(req.params.uploadKey),
        slot: String(req.query.slot ?? ''),
        bytes: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
      });
      res.status(created ? 201 : 200).json({
        document: {
          id: document.id,
          slot: document.slot,
          contentType: document.contentType,
          byteSize: document.byteSize,
          url: `/files/${document.id}`,
        },
      });
    }),
  );

  // A bank's return file for a payout batch, kept sealed until importBankReturn applies it.
  app.put(
    '/uploads/bank-returns/:batchId',
    ...signedRawBody(
      config.BANK_RETURN_MAX_BYTES,
      () => new DomainError('BAD_USER_INPUT', 'payout.fileTooLarge', { max: formatBytes(config.BANK_RETURN_MAX_BYTES) }),
    ),
    route(async (req, res) => {
      const { actor, services } = res.locals.signed as Signed;
      const received = await services.payouts.receiveReturn(
        actor,
        String(req.params.batchId),
        String(req.query.name ?? ''),
        Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
      );
      res.status(201).json({ returnId: received.id, sha256: received.fileSha256 });
    }),
  );

  // A roll from another scheme (民政低保/特困名单…), kept sealed until importExternalRoll reads it.
  app.put(
    '/uploads/external-rolls/:unitId',
    ...signedRawBody(
      config.ROLL_MAX_BYTES,
      () => new DomainError('BAD_USER_INPUT', 'roll.tooLarge', { max: formatBytes(config.ROLL_MAX_BYTES) }),
    ),
    route(async (req, res) => {
      const { actor, services } = res.locals.signed as Signed;
      const roll = await services.rolls.receive(
        actor,
        String(req.params.unitId),
        { kind: String(req.query.kind ?? ''), source: String(req.query.source ?? ''), fileName: String(req.query.name ?? '') },
        Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
      );
      res.status(201).json({ rollId: roll.id, sha256: roll.fileSha256 });
    }),
  );

  app.get(
    '/files/:documentId',
    requestScope,
    route(async (req, res) => {
      const { actor, services } = await authenticated(req);
      const { document, path } = await services.documents.open(actor, String(req.params.documentId));
      // never rendered as a page of this origin, whatever the bytes hold: saved, not sniffed, and sandboxed if opened
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
      res.attachment(`${document.slot}-${document.id}.${EXTENSIONS[document.contentType] ?? 'bin'}`);
      res.sendFile(path, { dotfiles: 'allow', headers: { 'Content-Type': document.contentType } });
    }),
  );

  if (config.CLIENT_DIR) serveClient(app, resolve(config.CLIENT_DIR));

  const board = mountQueueBoard(app, {
    redis,
    logger,
    actorOfSession: (hash) => createServices(orm.em.fork(), shared).auth.authenticateHash(hash),
    route,
    bearerToken,
  });

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
          const actor = signedIn(token ? await services.auth.authenticate(token) : null);
          const scope = currentRequestScope()!;
          return {
            actor,
            services,
            loaders: createLoaders(em),
            lang: scope.lang,
            ip: req.ip ?? 'unknown',
            correlationId: scope.correlationId,
          };
        },
      }),
    );
    // Malformed bodies and anything else that escapes get a typed error, never Express's stack page.
    app.use((error: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
      const scope = currentRequestScope();
      const lang = scope?.lang ?? 'zh-CN';
      if (error.status && error.status < 500) {
        res.status(error.status).json({
          errors: [
            { message: translate('badInput.query', lang, { detail: error.type ?? 'request' }), extensions: { code: 'BAD_USER_INPUT' } },
          ],
        });
        return;
      }
      const correlationId = scope?.correlationId ?? newCorrelationId();
      logger.error({ err: error, correlationId }, 'unexpected HTTP error');
      res.status(500).json({
        errors: [{ message: translate('internal', lang, { correlationId }), extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId } }],
      });
    });
  };

  const stop = async () => {
    await apollo.stop();
    await board.close();
  };

  return { app, httpServer, apollo, start, stop };
}
