import type { MikroORM } from '@mikro-orm/postgresql';

/** Tables the application only adds to: their triggers refuse changes, and the grants keep the app from trying. */
const APPEND_ONLY_TABLES = ['audit_event', 'case_document', 'case_event', 'hardship_file_event', 'ledger_transaction', 'ledger_entry'];

const identifier = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Makes the role named in the application's DATABASE_URL what the API and worker need and no more: it logs in,
 * reads and writes rows, adds to the append-only tables without changing or removing a row, and owns nothing — no
 * superuser, no DDL, so it can neither switch the audit log's triggers off nor change the schema. Run by setup as
 * the owner after the migrations, every time (new tables get their grants). Answers the role, or null when the
 * application connects as the owner itself (nothing to separate).
 */
export async function grantApplicationRole(owner: MikroORM, applicationUrl: string): Promise<string | null> {
  const url = new URL(applicationUrl);
  const role = decodeURIComponent(url.username);
  const connection = owner.em.getConnection();
  const [{ current_user: ownerRole, database }] = await connection.execute<{ current_user: string; database: string }[]>(
    `select current_user, current_database() as database`,
  );
  if (!role || role === ownerRole) return null;
  const attributes = `login nosuperuser nocreatedb nocreaterole noinherit noreplication nobypassrls${
    url.password ? ` password ${literal(decodeURIComponent(url.password))}` : ''
  }`;
  const [exists] = await connection.execute<{ n: number }[]>(`select count(*)::int as n from pg_roles where rolname = ?`, [role]);
  await connection.execute(`${exists.n ? 'alter' : 'create'} role ${identifier(role)} ${attributes}`);
  const app = identifier(role);
  for (const statement of [
    `grant connect, temporary on database ${identifier(database)} to ${app}`,
    `revoke create on schema public from public`,
    `grant usage on schema public to ${app}`,
    `revoke all on all tables in schema public from ${app}`,
    `grant select, insert, update, delete on all tables in schema public to ${app}`,
    `revoke update, delete on ${APPEND_ONLY_TABLES.join(', ')} from ${app}`,
    `revoke insert, update, delete on mikro_orm_migrations from ${app}`,
    `grant usage, select on all sequences in schema public to ${app}`,
  ]) {
    await connection.execute(statement);
  }
  return role;
}
