/**
 * Runs Vitest on one mutant at a time, for scripts/mutation/run.ts. One Vitest instance for
 * the whole session; a Vite plugin serves the mutated text of the file under test from memory,
 * so no source file on disk is ever changed (an interrupted run leaves nothing behind).
 */
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { createVitest } from 'vitest/node';

interface Job {
  id: number;
  file: string;
  code: string | null;
  tests: string[];
}

let current: { file: string; code: string } | null = null;

const mutantPlugin: Plugin = {
  name: 'sentinelle-mutant',
  enforce: 'pre',
  load(id) {
    if (current && id.split('?')[0] === current.file) return current.code;
    return null;
  },
};

const vitest = await createVitest('test', { watch: false, bail: 1, reporters: [{}], silent: true, setupFiles: [join(import.meta.dirname, 'fixed-seed.ts')] }, { plugins: [mutantPlugin] });

async function run(job: Job): Promise<{ killed: boolean; failures: string[]; durations: Record<string, number> }> {
  const file = resolve(job.file);
  current = job.code === null ? null : { file, code: job.code };
  vitest.invalidateFile(file);
  try {
    const files = job.tests.map((t) => resolve(t));
    const result = await vitest.runTestFiles(files);
    // The result also holds the files of earlier runs, with their old states: only this run's count.
    const modules = result.testModules.filter((module) => files.includes(module.moduleId));
    if (modules.length !== files.length) return { killed: true, failures: [`ran ${modules.length} of ${files.length} test files`], durations: {} };
    const failures = modules.flatMap((module) => {
      const errors = module.errors().map((error) => `${module.moduleId}: ${error.message}`);
      const failed = [...module.children.allTests('failed')].map((test) => test.fullName);
      return [...errors, ...failed];
    });
    const killed = failures.length > 0 || result.unhandledErrors.length > 0 || modules.some((module) => !module.ok());
    // How long each file took to load and run: the runner tries the quickest first.
    const durations = Object.fromEntries(modules.map((module) => [module.moduleId, module.diagnostic().collectDuration + module.diagnostic().duration]));
    return { killed, failures: failures.slice(0, 3), durations };
  } finally {
    current = null;
    vitest.invalidateFile(file);
  }
}

process.on('message', (job: Job) => {
  run(job).then(
    (outcome) => process.send?.({ id: job.id, ...outcome }),
    (error: unknown) => process.send?.({ id: job.id, killed: true, failures: [String(error)] }),
  );
});
process.send?.({ ready: true });
