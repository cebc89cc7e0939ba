/** Runs the real `astro build` of a project folder, as `npm run build` does. */
import { spawn } from 'node:child_process';
import path from 'node:path';

export interface BuildResult {
  code: number | null;
  output: string;
}

/**
 * Variables the test runner (Vite) sets in process.env that a child Astro
 * process would read back into import.meta.env, BASE_URL above all.
 */
const RUNNER_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX', 'TEST', 'VITEST', 'NODE_ENV'];

export function astroBuild(root: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !RUNNER_ENV.includes(key) && !key.startsWith('VITEST_')),
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/astro/astro.js'), 'build'], {
      cwd: root,
      env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
