import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function keys(lang: string): string[] {
  const dir = join('locales', lang);
  const flat = (value: unknown, prefix: string): string[] =>
    Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
      child && typeof child === 'object' ? flat(child, `${prefix}${key}.`) : [`${prefix}${key.replace(PLURAL, '')}`],
    );
  return [...new Set(readdirSync(dir).flatMap((file) => flat(JSON.parse(readFileSync(join(dir, file), 'utf8')), `${file}:`)))].sort();
}

describe('UI strings', () => {
  it('have exactly the same keys in French and English', () => {
    expect(keys('en')).toEqual(keys('fr'));
  });

  it('give French the plural forms it needs (one, many, other)', () => {
    const course = JSON.parse(readFileSync('locales/fr/course.json', 'utf8')) as Record<string, unknown>;
    for (const key of Object.keys(course).filter((k) => k.endsWith('_one'))) {
      const base = key.slice(0, -'_one'.length);
      expect(Object.keys(course), base).toEqual(expect.arrayContaining([`${base}_many`, `${base}_other`]));
    }
  });

  it('contain no empty string', () => {
    for (const lang of ['fr', 'en']) {
      for (const file of readdirSync(join('locales', lang))) {
        expect(readFileSync(join('locales', lang, file), 'utf8'), `${lang}/${file}`).not.toMatch(/:\s*""/);
      }
    }
  });
});
