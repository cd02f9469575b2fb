/**
 * A small LMS for the browser tests of the packages, on 127.0.0.1 only: it serves each zip of
 * dist-packages/ unpacked under a deep path (`/content/<kind>/…`, as an LMS does), and a launch
 * page per learner that runs scorm-again as the LMS side (`/lms/scorm.html?kind=scorm2004&learner=a`):
 * the course in an iframe, every commit POSTed back here and kept per learner, and loaded again
 * at the next launch (with `entry = resume` after a suspended exit). For cmi5 it is the LMS of
 * the spec: `/cmi5/launch?learner=a&mode=Normal` registers a session and launches the AU that
 * cmi5.xml names with the five launch parameters; its fetch URL gives the token once; it serves
 * the LMS.LaunchData state document and the learner-preferences profile, and forwards statements,
 * with its own credentials, to a real LRS (scripts/lrs/test-lrs.ts). Never shipped with the app.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { TYPES } from '../static-server.ts';
import { PACKAGE_FILES, PACKAGES_DIR } from './package.ts';


export type PackageKind = keyof typeof PACKAGE_FILES;

/** What the LMS holds for one learner of one package: the last commit, and every commit in order. */
export interface LearnerRecord {
  cmi: Record<string, unknown> | null;
  commits: Record<string, unknown>[];
}

/** A cmi5 session the test LMS launched. */
export interface Cmi5Session {
  learner: string;
  registration: string;
  sessionId: string;
  mode: 'Normal' | 'Browse' | 'Review';
  token: string;
  /** How many times the AU POSTed the fetch URL (the spec allows one). */
  fetches: number;
  /** Statement requests refused for a token that is not this session's. */
  refused: number;
  /** Statement requests of this session answered with the failing status of `refuseStatements`. */
  turnedAway: number;
  /** The statement requests that reached the LMS, each as its statements' verbs (`answered`, `terminated`…), in order. */
  posts: string[][];
}

export interface TestLms {
  url: string;
  /** The cmi5 sessions launched, by learner (the latest). */
  cmi5: (learner: string) => Cmi5Session | undefined;
  /** What the LMS holds for a learner (as it would show the training manager). */
  record: (kind: PackageKind, learner: string) => LearnerRecord;
  /** A State API document of a registration, as the LMS holds it (undefined: none). */
  state: (registration: string, stateId: string) => unknown;
  /** Statement requests are answered with `status` (and Retry-After: 60) until called with null: an LRS that fails. */
  refuseStatements: (status: number | null) => void;
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
 * `window.lmsRecovers()`; `?fails=Method:code` does it before the course opens.
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
  // ?fails=Method:code: the LMS refuses that method from the start (an Initialize that fails at launch).
  const fails = (params.get('fails') || '').split(':');
  if (fails[0] && fails[1]) window.lmsFails(fails[0], fails[1]);
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

const CMI5_EXTENSION_SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

export async function startTestLms(port: number, lrs?: { endpoint: string; auth: string }): Promise<TestLms> {
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

  const origin = `http://127.0.0.1:${port}`;
  // The AU as cmi5.xml declares it: its id and its address, relative to the package.
  const structure = new TextDecoder().decode(packages.get('cmi5')?.['cmi5.xml'] ?? new Uint8Array());
  const auId = /<au id="([^"]+)"/.exec(structure)?.[1] ?? '';
  const auUrl = /<url>([^<]+)<\/url>/.exec(structure)?.[1] ?? '';
  const sessions = new Map<string, Cmi5Session>();
  const byLearner = new Map<string, Cmi5Session>();
  const documents = new Map<string, string>();
  let refusing: number | null = null;
  const sessionOfAuth = (header: string | undefined) => [...sessions.values()].find((session) => header === `Basic ${session.token}`);

  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const send = (status: number, type: string, content: string | Uint8Array) => {
        response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
        response.end(content);
      };
      if (url.pathname === '/cmi5/launch') {
        const learner = url.searchParams.get('learner') ?? 'learner';
        const mode = (url.searchParams.get('mode') ?? 'Normal') as Cmi5Session['mode'];
        // `registration=`: another launch of the same registration (a second session, another device).
        const session: Cmi5Session = { learner, registration: url.searchParams.get('registration') ?? randomUUID(), sessionId: randomUUID(), mode, token: Buffer.from(`${randomUUID()}:${randomUUID()}`).toString('base64'), fetches: 0, refused: 0, turnedAway: 0, posts: [] };
        const key = randomUUID();
        sessions.set(key, session);
        byLearner.set(learner, session);
        const actor = { objectType: 'Agent', name: learner, account: { homePage: origin, name: learner } };
        documents.set(
          `state LMS.LaunchData ${session.registration}`,
          JSON.stringify({
            contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: auId }] }, extensions: { [CMI5_EXTENSION_SESSION]: session.sessionId } },
            launchMode: mode,
            moveOn: 'CompletedAndPassed',
            masteryScore: 0.8,
            returnURL: `${origin}/cmi5/returned?learner=${encodeURIComponent(learner)}`,
          }),
        );
        documents.set(`profile cmi5LearnerPreferences ${learner}`, JSON.stringify({ languagePreference: url.searchParams.get('languages') ?? 'en-US,fr-FR' }));
        const launch = new URLSearchParams({ endpoint: `${origin}/xapi/`, fetch: `${origin}/cmi5/fetch/${key}`, actor: JSON.stringify(actor), registration: session.registration, activityId: auId });
        response.writeHead(302, { Location: `/content/cmi5/${auUrl}?${launch.toString()}` });
        return response.end();
      }
      const fetchUrl = /^\/cmi5\/fetch\/([^/]+)$/.exec(url.pathname);
      if (fetchUrl && request.method === 'POST') {
        const session = sessions.get(fetchUrl[1] ?? '');
        if (!session) return send(404, TYPES['.json'] ?? '', '{}');
        session.fetches += 1;
        // The spec: the token once; any later POST gets an error code.
        return send(200, TYPES['.json'] ?? '', JSON.stringify(session.fetches === 1 ? { 'auth-token': session.token } : { 'error-code': '1', 'error-text': 'The fetch URL was already used' }));
      }
      if (url.pathname === '/cmi5/returned') return send(200, TYPES['.html'] ?? '', '<!doctype html><title>Test LMS</title><h1>Back in the test LMS</h1>');
      if (url.pathname.startsWith('/xapi/')) {
        const session = sessionOfAuth(request.headers.authorization);
        const path = url.pathname.slice('/xapi/'.length);
        if (!session) {
          for (const known of byLearner.values()) known.refused += 1;
          return send(401, 'text/plain', 'unknown token');
        }
        if (path === 'activities/state') {
          const text = documents.get(`state ${url.searchParams.get('stateId') ?? ''} ${url.searchParams.get('registration') ?? ''}`);
          if (request.method === 'GET') return text ? send(200, TYPES['.json'] ?? '', text) : send(404, 'text/plain', 'no document');
          documents.set(`state ${url.searchParams.get('stateId') ?? ''} ${url.searchParams.get('registration') ?? ''}`, await body(request));
          return send(204, 'text/plain', '');
        }
        if (path === 'agents/profile') {
          const text = documents.get(`profile ${url.searchParams.get('profileId') ?? ''} ${session.learner}`);
          return text ? send(200, TYPES['.json'] ?? '', text) : send(404, 'text/plain', 'no document');
        }
        if (!lrs) return send(503, 'text/plain', 'no LRS behind this LMS');
        const writes = request.method === 'POST' || request.method === 'PUT';
        const text = writes ? await body(request) : '';
        if (path === 'statements' && writes) {
          if (refusing !== null) {
            session.turnedAway += 1;
            response.writeHead(refusing, { 'Content-Type': 'text/plain', 'Retry-After': '60' });
            return response.end('the LRS is not available');
          }
          const parsed = JSON.parse(text) as { verb?: { id?: string } } | { verb?: { id?: string } }[];
          session.posts.push((Array.isArray(parsed) ? parsed : [parsed]).map((statement) => (statement.verb?.id ?? '').replace(/^.*\//, '')));
        }
        // Statements (and about): to the real LRS, with the LMS's own credentials.
        const forwarded = await fetch(`${lrs.endpoint}${path}${url.search}`, {
          method: request.method ?? 'GET',
          headers: { Authorization: lrs.auth, 'X-Experience-API-Version': '1.0.3', ...(request.headers['content-type'] ? { 'Content-Type': request.headers['content-type'] } : {}) },
          ...(writes ? { body: text } : {}),
        });
        return send(forwarded.status, forwarded.headers.get('content-type') ?? 'text/plain', new Uint8Array(await forwarded.arrayBuffer()));
      }
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
    url: origin,
    cmi5: (learner) => byLearner.get(learner),
    record: (kind, learner) => {
      const { cmi, commits } = learnerOf(kind, learner);
      return { cmi, commits };
    },
    state: (registration, stateId) => {
      const text = documents.get(`state ${stateId} ${registration}`);
      return text === undefined ? undefined : (JSON.parse(text) as unknown);
    },
    refuseStatements: (status) => {
      refusing = status;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
