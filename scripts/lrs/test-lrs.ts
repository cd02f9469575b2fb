/**
 * A real Learning Record Store for the tests: Learning Locker's statements service
 * (`xapi-statements`, in memory) on 127.0.0.1, behind a small front of our own that the tests
 * steer. The front checks one Basic credential (the service's test auth accepts anything),
 * can go down and come back (connection refused, as when an LRS vanishes), and can refuse
 * chosen statements with 400 the way an LRS refuses one it will not store. Everything else is
 * passed through, so what the app sends is stored, validated and answered by the real LRS.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface StoredStatement {
  id: string;
  verb: { id: string };
  object: { id: string };
  actor: unknown;
  timestamp: string;
  stored?: string;
  [key: string]: unknown;
}

export interface TestLrs {
  /** The xAPI base the app is given, ending with a slash. */
  endpoint: string;
  /** The Authorization header value the front accepts. */
  auth: string;
  origin: string;
  /** Every request the front answered (method, path, status, statement ids in the body). */
  log: { method: string; path: string; status: number; ids: string[] }[];
  /** Refuse with 400 every statement `refuse` matches (null: refuse none). */
  refuse(match: ((statement: StoredStatement) => boolean) | null, message?: string): void;
  /** Answer every request with this status (null: pass through). */
  failWith(status: number | null): void;
  /** Stop listening (connections refused), then start again on the same port. */
  down(): Promise<void>;
  up(): Promise<void>;
  /** Every statement the LRS stored. */
  statements(): Promise<StoredStatement[]>;
  close(): Promise<void>;
}

const SERVICE = resolve('node_modules/xapi-statements/dist/index.js');
const PRELOAD = pathToFileURL(resolve('scripts/lrs/bind-loopback.mjs')).href;

function startService(port: number): Promise<{ child: ChildProcess; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'sentinelle-lrs-'));
  const child = spawn(process.execPath, ['--import', PRELOAD, SERVICE], {
    env: {
      ...process.env,
      EXPRESS_PORT: String(port),
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'memory',
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      SERVICE_AWAIT_UPDATES: 'true',
      EXPRESS_MORGAN_DIRECTORY: dir,
      FS_LOCAL_STORAGE_DIR: dir,
      WINSTON_CONSOLE_LEVEL: 'warn',
      NODE_NO_WARNINGS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, fail) => {
    let output = '';
    // Loading the service (and the AWS SDK it bundles) takes seconds, more on a loaded machine.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`the test LRS did not start within 120 s:\n${output}`));
    }, 120_000);
    const ready = async () => {
      for (;;) {
        try {
          const response = await fetch(`http://127.0.0.1:${port}/xAPI/about`);
          if (response.ok) break;
        } catch {
          // not yet
        }
        if (child.exitCode !== null) return;
        await new Promise((next) => setTimeout(next, 100));
      }
      clearTimeout(timer);
      done({ child, dir });
    };
    child.stdout?.on('data', (chunk) => (output += String(chunk)));
    child.stderr?.on('data', (chunk) => (output += String(chunk)));
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the test LRS exited (${code}):\n${output}`));
    });
    void ready();
  });
}

const readBody = (request: IncomingMessage): Promise<Buffer> =>
  new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => done(Buffer.concat(chunks)));
    request.on('error', fail);
  });

const idsOf = (body: Buffer): StoredStatement[] => {
  if (body.length === 0) return [];
  try {
    const parsed = JSON.parse(body.toString('utf8')) as unknown;
    return (Array.isArray(parsed) ? parsed : [parsed]).filter((s): s is StoredStatement => typeof s === 'object' && s !== null && typeof (s as { id?: unknown }).id === 'string');
  } catch {
    return [];
  }
};

/** Starts the LRS on `port + 1` and its front on `port` (both 127.0.0.1). */
export async function startTestLrs(port: number, credentials = 'sentinelle:test-secret'): Promise<TestLrs> {
  const service = await startService(port + 1);
  const auth = `Basic ${Buffer.from(credentials).toString('base64')}`;
  const origin = `http://127.0.0.1:${port}`;
  const log: TestLrs['log'] = [];
  let refuse: ((statement: StoredStatement) => boolean) | null = null;
  let refusal = 'Statement refused by the test LRS';
  let failStatus: number | null = null;

  const cors = (request: IncomingMessage, response: ServerResponse) => {
    const from = request.headers.origin;
    if (from) {
      response.setHeader('Access-Control-Allow-Origin', from);
      response.setHeader('Vary', 'Origin');
    }
  };
  const answer = (request: IncomingMessage, response: ServerResponse, status: number, body: unknown, ids: string[]) => {
    cors(request, response);
    log.push({ method: request.method ?? '', path: request.url ?? '', status, ids });
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(body));
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readBody(request);
    const statements = request.method === 'POST' || request.method === 'PUT' ? idsOf(body) : [];
    const ids = statements.map((statement) => statement.id);
    if (request.method !== 'OPTIONS') {
      if (!request.url?.includes('/about') && request.headers.authorization !== auth) return answer(request, response, 401, { message: 'Unauthorised' }, ids);
      if (failStatus !== null) return answer(request, response, failStatus, { message: `Test LRS answering ${failStatus}` }, ids);
      const refused = refuse ? statements.filter(refuse) : [];
      if (refused.length > 0) return answer(request, response, 400, { message: refusal, warnings: refused.map((statement) => `Refused ${statement.id}`) }, ids);
    }
    const upstream = httpRequest({ host: '127.0.0.1', port: port + 1, method: request.method, path: request.url, headers: { ...request.headers, host: `127.0.0.1:${port + 1}` } }, (reply) => {
      log.push({ method: request.method ?? '', path: request.url ?? '', status: reply.statusCode ?? 0, ids });
      response.writeHead(reply.statusCode ?? 502, reply.headers);
      reply.pipe(response);
    });
    upstream.on('error', () => answer(request, response, 502, { message: 'LRS unreachable' }, ids));
    upstream.end(body);
  };

  let server: Server | null = null;
  const sockets = new Set<Socket>();
  const up = () =>
    new Promise<void>((done) => {
      server = createServer((request, response) => void handle(request, response));
      server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      server.listen(port, '127.0.0.1', () => done());
    });
  const down = () =>
    new Promise<void>((done) => {
      if (!server) return done();
      const closing = server;
      server = null;
      closing.close(() => done());
      for (const socket of sockets) socket.destroy();
    });
  await up();

  return {
    endpoint: `${origin}/xAPI/`,
    auth,
    origin,
    log,
    refuse(match, message) {
      refuse = match;
      if (message) refusal = message;
    },
    failWith(status) {
      failStatus = status;
    },
    down,
    up,
    async statements() {
      const all: StoredStatement[] = [];
      let next: string | undefined = `/xAPI/statements?limit=500`;
      while (next) {
        const response = await fetch(`http://127.0.0.1:${port + 1}${next}`, { headers: { Authorization: auth, 'X-Experience-API-Version': '1.0.3' } });
        const page = (await response.json()) as { statements: StoredStatement[]; more?: string };
        all.push(...page.statements);
        next = page.more ? page.more.replace(/^https?:\/\/[^/]+/, '') : undefined;
      }
      return all;
    },
    async close() {
      await down();
      service.child.kill('SIGTERM');
      rmSync(service.dir, { recursive: true, force: true });
    },
  };
}
