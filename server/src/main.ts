import 'reflect-metadata';
import { loadConfig } from './app/config.js';
import { createHttpApp } from './app/http.js';
import { createRuntime, onShutdown } from './app/runtime.js';
import { buildAppSchema } from './app/schema.js';
import { NO_ROWS } from './common/row-scope.js';

const config = loadConfig();
const runtime = await createRuntime(config, 'api', NO_ROWS);
const { httpServer, start, stop } = createHttpApp({ ...runtime, config, schema: await buildAppSchema() });
await start();
httpServer.listen(config.PORT, config.HOST, () => {
  runtime.logger.info({ url: `http://${config.HOST}:${config.PORT}/graphql` }, 'Bangfu API listening');
});

onShutdown(runtime.logger, async () => {
  await stop(); // drains in-flight requests and closes the HTTP server
  await runtime.close();
});
