/**
 * Writes `_headers` into the build: the security headers, for hosts that
 * honour the file (Netlify, Cloudflare Pages …). Pages carry the same
 * Content-Security-Policy in a <meta> element for hosts that do not.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { SECURITY_HEADERS } from '../lib/pure/security';

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const lines = ['/*', ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)];
        await writeFile(path.join(fileURLToPath(dir), '_headers'), `${lines.join('\n')}\n`);
      },
    },
  };
}
