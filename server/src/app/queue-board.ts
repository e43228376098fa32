import express, { type Request, type Response } from 'express';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { hasRole, type Actor } from '../common/actor.js';
import { newToken, tokenHash } from '../common/crypto.js';
import { forbidden, unauthenticated } from '../common/domain-error.js';
import type { Logger } from '../common/logger.js';
import { QUEUE_NAMES } from './queues.js';

export const BOARD_PATH = '/admin/queues';
const CODE_SECONDS = 60;
const BOARD_SESSION_SECONDS = 3600;
const COOKIE = 'bangfu_board';

export interface QueueBoardDeps {
  redis: Redis;
  logger: Logger;
  /** The actor of a live session, by the hash of its token (null when it ended). */
  actorOfSession: (sessionTokenHash: string) => Promise<Actor | null>;
  /** Answers a refusal like every other route. */
  route: (handler: (req: Request, res: Response) => Promise<void>) => express.RequestHandler;
  bearerToken: (req: Request) => string | null;
}

const cookieValue = (req: Request, name: string): string | null =>
  (req.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name)?.[1] ?? null;

/**
 * bull-board for operators (acting) and auditors (read-only). A browser cannot send the bearer header, and a
 * session token must not travel in a URL or sit in a cookie: the console trades its session for a one-time code
 * (60 s), and the code for a board cookie that names only the session's hash in Redis for an hour. Every board
 * request checks the session and its roles as they stand now.
 */
export function mountQueueBoard(app: express.Express, deps: QueueBoardDeps): { close: () => Promise<void> } {
  const { redis, logger, route } = deps;
  const queues = QUEUE_NAMES.map((name) =>
    new Queue(name, { connection: redis }).on('error', (error) => logger.warn({ err: error, queue: name }, 'queue connection error')),
  );
  const boardRouter = (readOnlyMode: boolean) => {
    const adapter = new ExpressAdapter().setBasePath(BOARD_PATH);
    createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue, { readOnlyMode })), serverAdapter: adapter });
    return adapter.getRouter() as express.Router;
  };
  const acting = boardRouter(false);
  const reading = boardRouter(true);
  const codeKey = (code: string) => `bangfu-board-code:${tokenHash(code)}`;
  const sessionKey = (id: string) => `bangfu-board-session:${tokenHash(id)}`;
  const mayRead = (actor: Actor) => hasRole(actor, ['SYSTEM_ADMIN', 'AUDITOR']);

  app.post(
    `${BOARD_PATH}/codes`,
    route(async (req, res) => {
      const token = deps.bearerToken(req);
      const actor = token ? await deps.actorOfSession(tokenHash(token)) : null;
      if (!actor || !token) throw unauthenticated();
      if (!mayRead(actor)) throw forbidden();
      const code = newToken();
      await redis.set(codeKey(code), tokenHash(token), 'EX', CODE_SECONDS);
      res.setHeader('Cache-Control', 'no-store');
      res.json({ url: `${BOARD_PATH}/enter?code=${code}`, expiresInSeconds: CODE_SECONDS });
    }),
  );

  app.get(
    `${BOARD_PATH}/enter`,
    route(async (req, res) => {
      const code = typeof req.query.code === 'string' ? req.query.code : '';
      const sessionHash = code ? await redis.getdel(codeKey(code)) : null;
      if (!sessionHash) throw unauthenticated();
      const boardSession = newToken();
      await redis.set(sessionKey(boardSession), sessionHash, 'EX', BOARD_SESSION_SECONDS);
      res.setHeader(
        'Set-Cookie',
        `${COOKIE}=${boardSession}; HttpOnly; SameSite=Strict; Path=${BOARD_PATH}; Max-Age=${BOARD_SESSION_SECONDS}${req.secure ? '; Secure' : ''}`,
      );
      res.redirect(302, BOARD_PATH);
    }),
  );

  app.use(
    BOARD_PATH,
    route(async (req, res) => {
      const boardSession = cookieValue(req, COOKIE);
      const sessionHash = boardSession ? await redis.get(sessionKey(boardSession)) : null;
      const actor = sessionHash ? await deps.actorOfSession(sessionHash) : null;
      if (!actor) throw unauthenticated();
      if (!mayRead(actor)) throw forbidden();
      const board = hasRole(actor, ['SYSTEM_ADMIN']) ? acting : reading;
      board(req, res, () => res.status(404).end());
    }),
  );

  return { close: () => Promise.all(queues.map((queue) => queue.close())).then(() => undefined) };
}
