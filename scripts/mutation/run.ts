/**
 * npm run test:mutation: breaks src/domain/quiz on purpose, one mutant at a time (found on the
 * syntax tree by ./mutants.ts), runs the quiz tests on each, and prints the share the tests
 * kill and the mutants that survive. Exits non-zero below 80 %.
 *
 *   npm run test:mutation                 a seeded random sample of 100 mutants (several minutes)
 *   npm run test:mutation -- --all        every mutant (about 800: long)
 *   npm run test:mutation -- --sample 300 --seed 7 --file distractors
 *   npm run test:mutation -- --list       the mutants per file and the tests each file gets
 *   npm run test:mutation -- --verbose --first 10   each mutant and the first test that kills it
 *
 * Each mutant runs the test files that import its file (directly or not), the fast ones first
 * and the slow ones (those that compile the real course) only if it survives them, one file at
 * a time, quickest first (as timed on the unmutated run), stopping at the first that fails, in a Vitest
 * worker process (./worker.ts) with a time limit: a mutant that loops forever is stopped with
 * its worker and counts as killed (the tests did not pass).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compileRealCourse } from '../course-files.ts';
import { applyMutant, findMutants, type Mutant } from './mutants.ts';

const TARGET_DIR = 'src/domain/quiz';
const THRESHOLD = 0.8;

const { values } = parseArgs({
  options: {
    all: { type: 'boolean', default: false },
    sample: { type: 'string', default: '100' },
    seed: { type: 'string', default: '12' },
    file: { type: 'string' },
    list: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    first: { type: 'string' },
  },
});

const sources = readdirSync(TARGET_DIR)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts'))
  .filter((name) => !values.file || name.includes(values.file))
  .map((name) => join(TARGET_DIR, name));
const tests = readdirSync(TARGET_DIR)
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => join(TARGET_DIR, name));
const texts = new Map(sources.map((file) => [file, readFileSync(file, 'utf8')]));

/** The files of TARGET_DIR a module runs through its imports (relative or `@/domain/quiz/…`), itself included. */
function reach(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  // Type-only imports carry no code: a mutant cannot reach a test through them.
  for (const [, spec = ''] of readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*?from '([^']+)'/gm)) {
    const name = spec.startsWith('./') ? spec.slice(2) : spec.startsWith('@/domain/quiz/') ? spec.slice('@/domain/quiz/'.length) : null;
    if (name && !name.includes('/')) reach(join(TARGET_DIR, name.replace(/\.ts$/, '') + '.ts'), seen);
  }
  return seen;
}
const reachOf = new Map(tests.map((test) => [test, reach(test)]));
/** Tests that compile the real course are slow; the others run first, and the slow ones only if a mutant survives them. */
const slow = new Set(tests.filter((test) => readFileSync(test, 'utf8').includes('compileRealCourse')));
/** How long each test file took without a mutant (set by the baseline run): the slow files are tried quickest first. */
let durations: Record<string, number> = {};
/** The test files that import `file`, directly or not: the cheap ones together, then each slow one alone, quickest first, until one fails. */
function testsFor(file: string): string[][] {
  const relevant = tests.filter((test) => reachOf.get(test)?.has(file));
  const took = (test: string) => durations[resolve(test)] ?? Infinity;
  return [relevant.filter((test) => !slow.has(test)), ...relevant.filter((test) => slow.has(test)).sort((a, b) => took(a) - took(b)).map((test) => [test])];
}
const everyMutant = sources.flatMap((file) => findMutants(file, texts.get(file) ?? ''));

/** A reproducible sample: the same seed picks the same mutants. */
function sample<T>(items: T[], count: number, seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out.slice(0, count);
}

if (values.list) {
  for (const file of sources) {
    const [fast = [], ...slowOnes] = testsFor(file);
    console.log(`${file}: ${everyMutant.filter((m) => m.file === file).length} mutants; tests ${[...fast, ...slowOnes.flat().map((t) => `${t} (slow)`)].join(', ')}`);
  }
  process.exit(0);
}

// The course compiled once for every run: the compiler is not under test here.
const scratch = mkdtempSync(join(tmpdir(), 'sentinelle-mutation-'));
const compiledCourse = join(scratch, 'course.json');
writeFileSync(compiledCourse, JSON.stringify(compileRealCourse()));

const mutants = (values.all ? everyMutant : sample(everyMutant, Number(values.sample), Number(values.seed))).slice(0, values.first ? Number(values.first) : undefined);

interface Outcome {
  id: number;
  killed: boolean;
  failures: string[];
  durations?: Record<string, number>;
}

class Worker {
  private child: ChildProcess | null = null;
  private ready: Promise<void> | null = null;
  private waiting = new Map<number, (outcome: Outcome) => void>();

  private start(): Promise<void> {
    const child = fork(join(import.meta.dirname, 'worker.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'], detached: true, env: { ...process.env, SENTINELLE_MUTATION: '1', SENTINELLE_COMPILED_COURSE: compiledCourse } });
    this.child = child;
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    return new Promise((resolve, reject) => {
      child.on('message', (message: Outcome | { ready: true }) => {
        if ('ready' in message) return resolve();
        this.waiting.get(message.id)?.(message);
        this.waiting.delete(message.id);
      });
      child.on('exit', (code) => reject(new Error(`the Vitest worker stopped (${code}): ${stderr}`)));
    });
  }

  async run(id: number, file: string, code: string | null, files: string[], limitMs: number): Promise<Outcome & { timedOut: boolean }> {
    this.ready ??= this.start();
    await this.ready;
    const child = this.child as ChildProcess;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        this.stop();
        resolve({ id, killed: true, failures: [`no result within ${Math.round(limitMs / 1000)} s`], timedOut: true });
      }, limitMs);
      this.waiting.set(id, (outcome) => {
        clearTimeout(timer);
        resolve({ ...outcome, timedOut: false });
      });
      child.send({ id, file, code, tests: files });
    });
  }

  stop() {
    if (this.child?.pid) {
      try {
        process.kill(-this.child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    this.child = null;
    this.ready = null;
  }
}

const worker = new Worker();
process.on('exit', () => {
  worker.stop();
  rmSync(scratch, { recursive: true, force: true });
});
process.on('SIGINT', () => process.exit(130));

const started = performance.now();
console.log(`${everyMutant.length} mutants in ${sources.length} files of ${TARGET_DIR}; running ${mutants.length}${values.all ? '' : ` (sample, seed ${values.seed})`} against ${tests.length} test files`);

const baselineStart = performance.now();
const baseline = await worker.run(0, sources[0] ?? '', null, tests, 300_000);
const baselineMs = performance.now() - baselineStart;
if (baseline.killed) {
  console.error(`The tests fail without any mutant: ${baseline.failures.join('; ')}`);
  process.exit(2);
}
durations = baseline.durations ?? {};
const limitMs = Math.max(30_000, 4 * baselineMs);
console.log(`unmutated: all tests pass in ${(baselineMs / 1000).toFixed(1)} s; time limit per mutant ${(limitMs / 1000).toFixed(0)} s`);

const survivors: Mutant[] = [];
let killed = 0;
let timeouts = 0;
for (const [index, mutant] of mutants.entries()) {
  const code = applyMutant(texts.get(mutant.file) ?? '', mutant);
  let outcome: Outcome & { timedOut: boolean } = { id: index + 1, killed: false, failures: [], timedOut: false };
  for (const files of testsFor(mutant.file)) {
    if (files.length === 0) continue;
    outcome = await worker.run(index + 1, mutant.file, code, files, limitMs);
    if (outcome.killed) break;
  }
  if (outcome.killed) killed++;
  else survivors.push(mutant);
  if (outcome.timedOut) timeouts++;
  const mark = outcome.killed ? (outcome.timedOut ? 'T' : '.') : 'S';
  if (values.verbose) console.log(`${mark} ${mutant.file}:${mutant.line} ${mutant.description}${outcome.killed ? `: ${outcome.failures[0] ?? ''}`.slice(0, 200) : ''}`);
  else process.stdout.write(mark + ((index + 1) % 50 === 0 ? ` ${index + 1}\n` : ''));
}
worker.stop();

const score = mutants.length === 0 ? 1 : killed / mutants.length;
const minutes = (performance.now() - started) / 60_000;
console.log(`\n\nkilled ${killed} of ${mutants.length} mutants (${timeouts} by the time limit): ${(score * 100).toFixed(1)} % (threshold ${THRESHOLD * 100} %), in ${minutes.toFixed(1)} min`);
if (survivors.length > 0) {
  console.log('survivors:');
  for (const mutant of survivors) console.log(`  ${mutant.file}:${mutant.line}  ${mutant.description}`);
}
process.exit(score >= THRESHOLD ? 0 : 1);
