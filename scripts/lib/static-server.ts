/**
 * A small static file server for the built site, on 127.0.0.1, serving
 * `root` under the path prefix `base` the way a static host would:
 * "/sub/bodies/etsi/" → root/bodies/etsi/index.html, unknown paths → 404.html.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

async function fileFor(root: string, relative: string): Promise<string | undefined> {
  const target = path.join(root, relative);
  if (!target.startsWith(root)) return undefined;
  try {
    const info = await stat(target);
    if (info.isFile()) return target;
    if (info.isDirectory()) {
      const index = path.join(target, 'index.html');
      if ((await stat(index).catch(() => undefined))?.isFile()) return index;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** One file served: its path, and its size as sent and gzipped (what a host that compresses would send). */
export interface Served {
  path: string;
  bytes: number;
  gzip: number;
}

export interface ServeOptions {
  /** Called for every response, to count what a page downloads (workers' requests included). */
  onServe?: (served: Served) => void;
}

export async function serve(root: string, base = '/', port = 0, options: ServeOptions = {}): Promise<StaticServer> {
  const absolute = path.resolve(root);
  const respond = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const pathname = decodeURIComponent(url.pathname);
    let file: string | undefined;
    if (pathname.startsWith(base)) {
      const relative = pathname.slice(base.length);
      if (pathname.endsWith('/') || path.extname(relative)) file = await fileFor(absolute, relative);
      else if (await fileFor(absolute, relative)) {
        res.writeHead(301, { location: `${pathname}/${url.search}` }).end();
        return;
      }
    }
    const status = file ? 200 : 404;
    file ??= path.join(absolute, '404.html');
    const body = await readFile(file).catch(() => Buffer.from('Not found'));
    res.writeHead(status, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(body);
    options.onServe?.({ path: pathname, bytes: body.length, gzip: gzipSync(body).length });
  };
  // A request that fails answers 500 instead of leaving a rejected promise behind.
  const server: Server = createServer((req, res) => {
    respond(req, res).catch(() => {
      res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
