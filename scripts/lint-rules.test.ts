import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('lint rules', () => {
  it('forbid dangerouslySetInnerHTML', async () => {
    const code = 'export function A({ html }: { html: string }) {\n  return <div dangerouslySetInnerHTML={{ __html: html }} />;\n}\n';
    expect(await ruleIds(code, 'src/features/demo/a.tsx')).toContain('no-restricted-syntax');
  });

  it('forbid assigning innerHTML', async () => {
    expect(await ruleIds('export function f(el: HTMLElement, s: string) {\n  el.innerHTML = s;\n}\n', 'src/features/demo/b.ts')).toContain('no-restricted-syntax');
  });

  it('forbid untranslated text in JSX', async () => {
    expect(await ruleIds('export function A() {\n  return <p>Bonjour</p>;\n}\n', 'src/features/demo/c.tsx')).toContain('i18next/no-literal-string');
  });

  it('keep Dexie out of features and React out of the domain', async () => {
    expect(await ruleIds("import Dexie from 'dexie';\nexport const d = Dexie;\n", 'src/features/demo/d.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { useState } from 'react';\nexport const u = useState;\n", 'src/domain/e.ts')).toContain('no-restricted-imports');
  });

  it('forbid a relative import across layers, which the package-name rule cannot see', async () => {
    const ids = await ruleIds("import { getDb } from '../../db/db';\nexport const g = getDb;\n", 'src/domain/quiz/f.ts');
    expect(ids).toContain('import-x/no-restricted-paths');
    expect(await ruleIds("import { router } from '../../app/router';\nexport const r = router;\n", 'src/features/demo/g.ts')).toContain('import-x/no-restricted-paths');
    expect(await ruleIds("import { lessonCheck } from '../../domain/quiz/quiz-definitions';\nexport const l = lessonCheck;\n", 'src/features/demo/h.ts')).not.toContain('import-x/no-restricted-paths');
  });

  it('keep the browser, the clock and chance out of src/domain and src/content', async () => {
    expect(await ruleIds('export const width = () => window.innerWidth;\n', 'src/domain/quiz/i.ts')).toContain('no-restricted-globals');
    expect(await ruleIds('export const saved = () => localStorage.getItem("x");\n', 'src/content/j.ts')).toContain('no-restricted-globals');
    expect(await ruleIds('export const now = () => Date.now();\n', 'src/domain/quiz/k.ts')).toContain('no-restricted-properties');
    expect(await ruleIds('export const now = () => new Date();\n', 'src/domain/record/l.ts')).toContain('no-restricted-syntax');
    expect(await ruleIds('export const roll = () => Math.random();\n', 'src/content/m.ts')).toContain('no-restricted-properties');
    // Time passed in is fine, and so is the same code outside the pure folders.
    expect(await ruleIds('export const at = (ms: number) => new Date(ms).toISOString();\n', 'src/domain/record/n.ts')).toEqual([]);
    expect(await ruleIds('export const now = () => Date.now();\n', 'src/features/demo/o.ts')).toEqual([]);
  });

  it('forbid an import cycle', async () => {
    // generate-quiz.ts imports question.ts: question.ts importing it back closes a cycle.
    const code = "import { generateQuiz } from './generate-quiz';\nexport const g = generateQuiz;\n";
    expect(await ruleIds(code, 'src/domain/quiz/question.ts')).toContain('import-x/no-cycle');
    expect(await ruleIds(code, 'src/domain/quiz/scoring-demo.ts')).not.toContain('import-x/no-cycle');
  });
});

describe('the DOM-free tsconfig of src/domain and src/content', () => {
  /** Type-checks one extra file under the pure configuration; returns the error codes. */
  function typeErrors(path: string, code: string): string[] {
    const config = ts.getParsedCommandLineOfConfigFile('tsconfig.pure.json', {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
    if (!config) throw new Error('tsconfig.pure.json does not parse');
    const host = ts.createCompilerHost(config.options);
    const read = host.getSourceFile.bind(host);
    const full = ts.sys.resolvePath(path);
    host.getSourceFile = (name, version, ...rest) => (name === full ? ts.createSourceFile(name, code, version) : read(name, version, ...rest));
    host.fileExists = ((exists) => (name: string) => name === full || exists(name))(host.fileExists.bind(host));
    const program = ts.createProgram({ rootNames: [full], options: config.options, host });
    return ts.getPreEmitDiagnostics(program, program.getSourceFile(full)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
  }

  it('knows no window, document or localStorage', () => {
    expect(typeErrors('src/domain/quiz/p.ts', 'export const w = window.innerWidth;\n').join(' ')).toMatch(/Cannot find name 'window'/);
    expect(typeErrors('src/content/q.ts', 'export const t = document.title + localStorage.length;\n').join(' ')).toMatch(/Cannot find name 'document'/);
    expect(typeErrors('src/domain/quiz/r.ts', 'export const n: number = [1, 2].length;\n')).toEqual([]);
  });
});
