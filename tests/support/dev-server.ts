/** `astro dev` of a project copy, on a free port, with what it prints. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

export interface DevServer {
  url: string;
  /** Everything the server has printed so far. */
  output: () => string;
  /** Waits until `condition` holds, or fails with what the server printed. */
  until: (condition: () => boolean | Promise<boolean>, what: string, timeout?: number) => Promise<void>;
  stop: () => void;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** Starts the dev server of the project in `dir` and waits until it is ready. */
export async function startDev(dir: string): Promise<DevServer> {
  const port = await freePort();
  let output = '';
  const server: ChildProcess = spawn(
    process.execPath,
    [path.join(dir, 'node_modules/astro/astro.js'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  const until = async (condition: () => boolean | Promise<boolean>, what: string, timeout = 30_000) => {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      if (await condition()) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`timed out waiting for ${what}; output:\n${output}`);
  };
  await until(() => /ready in/.test(output), 'the dev server', 60_000);
  return { url: `http://127.0.0.1:${port}`, output: () => output, until, stop: () => server.kill('SIGTERM') };
}
