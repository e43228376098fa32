import {
  AbstractSqlDriver,
  PostgreSqlConnection,
  PostgreSqlKnexDialect,
  PostgreSqlPlatform,
  type Configuration,
  type PostgreSqlDriver,
} from '@mikro-orm/postgresql';
import { currentRequestScope } from '../common/request-context.js';
import { ROW_SCOPE_SQL, rowScopeSettings, type RowScope } from '../common/row-scope.js';

interface PgClient {
  query(text: string, values: string[]): Promise<unknown>;
}

/**
 * A PostgreSQL driver whose every connection carries the row scope of the work it serves: the request's
 * (set when its caller is known) or, outside requests, `outsideRequests`. The settings are session-level and set
 * when knex hands out a connection, before any BEGIN, so they hold for plain queries and whole transactions alike,
 * and a rolled-back transaction cannot undo them. A connection that already carries the wanted scope costs nothing.
 */
export function rowScopedDriver(outsideRequests: RowScope): new (config: Configuration) => PostgreSqlDriver {
  const carried = new WeakMap<object, string>();

  class RowScopedDialect extends PostgreSqlKnexDialect {
    async acquireConnection(): Promise<PgClient> {
      // read before waiting for the pool: the pool resolves in whichever request released a connection
      const scope = currentRequestScope();
      const settings = scope?.rowsAsCarried ? null : rowScopeSettings(scope?.rows ?? outsideRequests);
      const connection = (await super.acquireConnection()) as PgClient;
      if (!settings) return connection;
      const key = settings.join('\u0000');
      if (carried.get(connection) !== key) {
        try {
          await connection.query(ROW_SCOPE_SQL, settings);
        } catch (error) {
          this.releaseConnection(connection);
          throw error;
        }
        carried.set(connection, key);
      }
      return connection;
    }
  }

  class RowScopedConnection extends PostgreSqlConnection {
    override createKnex(): void {
      this.client = this.createKnexClient(RowScopedDialect as unknown as string);
      (this.client.client as unknown as RowScopedDialect).ormConfig = this.config;
      this.connected = true;
    }
  }

  // PostgreSqlDriver is this with PostgreSqlConnection; its constructor takes no connection class
  return class RowScopedDriver extends AbstractSqlDriver<RowScopedConnection> {
    constructor(config: Configuration) {
      super(config, new PostgreSqlPlatform(), RowScopedConnection, ['knex', 'pg']);
    }
  };
}
