import { ormOptions } from './orm.js';

// The MikroORM CLI (migration:create) reads this; DATABASE_URL points it at a scratch database.
export default ormOptions(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5433/bangfu');
