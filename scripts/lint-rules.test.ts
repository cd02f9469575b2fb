import { ESLint } from 'eslint';
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
});
