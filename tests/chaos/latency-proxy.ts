import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of PostgreSQL that can hold every client-to-server packet for `delayMs` (a slow network,
 * as Toxiproxy's latency toxic does). Packets of one connection keep their order whatever the delay does.
 */
export async function startLatencyProxy(targetPort: number): Promise<{ port: number; setDelay(ms: number): void; close(): Promise<void> }> {
  let delayMs = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    let ordered = Promise.resolve();
    client.on('data', (chunk) => {
      const delay = delayMs;
      ordered = ordered
        .then(() => (delay ? new Promise((resolve) => setTimeout(resolve, delay)) : undefined))
        .then(() => {
          upstream.write(chunk);
        });
    });
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    setDelay: (ms) => {
      delayMs = ms;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
