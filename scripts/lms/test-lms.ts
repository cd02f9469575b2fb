/**
 * A small LMS for the browser tests of the packages, on 127.0.0.1 only: it serves each zip of
 * dist-packages/ unpacked under a deep path (`/content/<kind>/…`, as an LMS does), and a launch
 * page per learner that runs scorm-again as the LMS side (`/lms/scorm.html?kind=scorm2004&learner=a`):
 * the course in an iframe, every commit POSTed back here and kept per learner, and loaded again
 * at the next launch (with `entry = resume` after a suspended exit). Never shipped with the app.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { PACKAGE_FILES, PACKAGES_DIR } from './package.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.ttf': 'font/ttf',
  '.xsd': 'application/xml',
};

export type PackageKind = keyof typeof PACKAGE_FILES;

/** What the LMS holds for one learner of one package: the last commit, and every commit in order. */
export interface LearnerRecord {
  cmi: Record<string, unknown> | null;
  commits: Record<string, unknown>[];
}

export interface TestLms {
  url: string;
  /** What the LMS holds for a learner (as it would show the training manager). */
  record: (kind: PackageKind, learner: string) => LearnerRecord;
  close: () => Promise<void>;
}

const LAUNCH_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<style>body{margin:0;font-family:sans-serif}header{padding:4px 8px;background:#eee}iframe{border:0;width:100%;height:calc(100vh - 32px)}</style>
</head><body><header>Test LMS</header><iframe id="course" title="Course"></iframe>
<script src="/vendor/scorm-again.min.js"></script><script src="/lms/launch.js"></script></body></html>`;

/**
 * The launch page's script: an LMS built on scorm-again. `window.lmsFails(method, code)` makes
 * every call of that API method fail with that error code, as a real LMS may, until
 * `window.lmsRecovers()`.
 */
const LAUNCH_SCRIPT = `(async () => {
  const params = new URLSearchParams(location.search);
  const kind = params.get('kind');
  const learner = params.get('learner');
  const base = '/lms/' + kind + '/' + encodeURIComponent(learner);
  const stored = await (await fetch(base + '/record')).json();
  const settings = { lmsCommitUrl: base + '/commit', autocommit: false, logLevel: 5 };
  const api = kind === 'scorm2004' ? new window.Scorm2004API(settings) : new window.Scorm12API(settings);
  const suspended = stored.cmi && (stored.exit === 'suspend');
  if (stored.cmi) api.loadFromJSON(stored.cmi, '');
  if (kind === 'scorm2004') {
    api.cmi.learner_id = learner;
    api.cmi.learner_name = 'Learner, Test';
    if (!stored.cmi) api.cmi.learner_preference.language = params.get('language') || '';
    api.cmi.entry = suspended ? 'resume' : 'ab-initio';
    window.API_1484_11 = api;
  } else {
    api.cmi.core.student_id = learner;
    api.cmi.core.student_name = 'Learner, Test';
    if (!stored.cmi) api.cmi.student_preference.language = params.get('language') || '';
    api.cmi.core.entry = suspended ? 'resume' : 'ab-initio';
    window.API = api;
  }
  const exitElement = kind === 'scorm2004' ? 'cmi.exit' : 'cmi.core.exit';
  const setValue = kind === 'scorm2004' ? 'SetValue' : 'LMSSetValue';
  api.on(setValue + '.' + exitElement, (_element, value) => { navigator.sendBeacon(base + '/exit', value); });
  window.lmsCalls = [];
  api.on(setValue + '.cmi.*', (element, value) => window.lmsCalls.push([element, value]));
  // The LMS refuses every call of \`method\` with \`code\` until window.lmsRecovers().
  window.lmsFails = (method, code) => {
    const lastError = kind === 'scorm2004' ? 'GetLastError' : 'LMSGetLastError';
    const original = api[method].bind(api);
    const originalError = api[lastError].bind(api);
    let failing = false;
    api[method] = (...args) => { failing = true; return 'false'; };
    api[lastError] = () => (failing ? String(code) : originalError());
    window.lmsRecovers = () => { api[method] = original; api[lastError] = originalError; failing = false; };
  };
  document.getElementById('course').src = '/content/' + kind + '/index.html';
})();`;

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export async function startTestLms(port: number): Promise<TestLms> {
  const packages = new Map<string, Record<string, Uint8Array>>();
  for (const [kind, file] of Object.entries(PACKAGE_FILES)) {
    const path = join(PACKAGES_DIR, file);
    if (!existsSync(path)) throw new Error(`${path} is missing: run npm run package first`);
    packages.set(kind, unzipSync(readFileSync(path)));
  }
  const scormAgain = readFileSync(join('node_modules', 'scorm-again', 'dist', 'scorm-again.min.js'));
  const learners = new Map<string, LearnerRecord & { exit?: string }>();
  const learnerOf = (kind: string, learner: string) => {
    const key = `${kind}/${learner}`;
    let record = learners.get(key);
    if (!record) learners.set(key, (record = { cmi: null, commits: [] }));
    return record;
  };

  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const send = (status: number, type: string, content: string | Uint8Array) => {
        response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
        response.end(content);
      };
      if (url.pathname === '/lms/scorm.html') return send(200, TYPES['.html'] ?? '', LAUNCH_PAGE);
      if (url.pathname === '/lms/launch.js') return send(200, TYPES['.js'] ?? '', LAUNCH_SCRIPT);
      if (url.pathname === '/vendor/scorm-again.min.js') return send(200, TYPES['.js'] ?? '', scormAgain);
      const lms = /^\/lms\/(scorm2004|scorm12)\/([^/]+)\/(record|commit|exit)$/.exec(url.pathname);
      if (lms) {
        const [, kind = '', learner = '', action] = lms;
        const record = learnerOf(kind, decodeURIComponent(learner));
        if (action === 'record') return send(200, TYPES['.json'] ?? '', JSON.stringify(record));
        const text = await body(request);
        if (action === 'exit') record.exit = text;
        else {
          const commit = JSON.parse(text) as { cmi?: Record<string, unknown> };
          record.commits.push(commit);
          record.cmi = commit.cmi ?? null;
        }
        return send(200, TYPES['.json'] ?? '', JSON.stringify({ result: true, errorCode: 0 }));
      }
      const content = /^\/content\/(cmi5|scorm2004|scorm12)\/(.*)$/.exec(url.pathname);
      const files = content ? packages.get(content[1] ?? '') : undefined;
      const file = content && files ? files[decodeURIComponent(content[2] || 'index.html')] : undefined;
      if (file) return send(200, TYPES[extname(url.pathname)] ?? 'application/octet-stream', file);
      send(404, 'text/plain', 'not found');
    })().catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    record: (kind, learner) => {
      const { cmi, commits } = learnerOf(kind, learner);
      return { cmi, commits };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
