// Test helper (not a test): a loopback port no one listens on now, for a server a test starts.
import { createServer } from 'node:net';

/** A free port on 127.0.0.1, found by listening on port 0 and closing again. */
export async function getFreePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
