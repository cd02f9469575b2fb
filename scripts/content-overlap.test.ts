import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COURSE_ID, COURSES_DIR } from './course-files.ts';
import { checkOverlap, SOURCES_DIR } from './content-overlap.ts';

const SOURCE = 'Le Centre d’excellence pour la défense contre le terrorisme, situé à Ankara, sert à la fois d’enceinte et de catalyseur pour le dialogue et les échanges au niveau international concernant le terrorisme et la lutte contre le terrorisme.';

function tinyCourse(lesson: string, verbatim?: string): { course: string; sources: string } {
  const root = mkdtempSync(join(tmpdir(), 'overlap-'));
  const course = join(root, 'course');
  const sources = join(root, 'sources');
  mkdirSync(join(course, 'fr', 'intro'), { recursive: true });
  mkdirSync(sources);
  writeFileSync(join(sources, 'src.fr.txt'), SOURCE);
  writeFileSync(
    join(course, 'course.yaml'),
    'id: demo\ntitle: { fr: C, en: C }\ndescription: { fr: D, en: D }\nsources:\n  - { id: src, file: src.fr.txt, title: { fr: S, en: S } }\nthemes:\n  - { id: policy, fr: P, en: P }\nunits:\n  - { id: intro, title: { fr: I, en: I }, lessons: [first] }\n',
  );
  writeFileSync(join(course, 'fr', 'intro', 'first.md'), `---\ntitle: Titre\nsummary: Résumé.\nobjectives:\n  - Choisir.\n  - Citer.\nsource:\n  document: src\n  sections: [S]\n---\n\n## Tête {#head}\n\n${lesson}\n`);
  if (verbatim !== undefined) writeFileSync(join(course, 'verbatim.yaml'), verbatim);
  return { course, sources };
}

describe('content:overlap', () => {
  it('fails on a pasted sentence and names it', () => {
    const { course, sources } = tinyCourse('Ce centre sert à la fois d’enceinte et de catalyseur pour le dialogue et les échanges au niveau international concernant le terrorisme.');
    const result = checkOverlap(course, sources);
    expect(result.ok).toBe(false);
    expect(result.longRuns).toBe(1);
    expect(result.lines.join('\n')).toContain('"sert à la fois d enceinte et de catalyseur pour le dialogue et les échanges au niveau international concernant le terrorisme"');
  });

  it('passes the same lesson rewritten in other words, with the official name allowed', () => {
    const verbatim = '- text: "Centre d’excellence pour la défense contre le terrorisme"\n  reason: official name\n';
    const { course, sources } = tinyCourse('Le Centre d’excellence pour la défense contre le terrorisme, à Ankara, réunit des pays pour qu’ils discutent du terrorisme et de la façon de le combattre.', verbatim);
    const result = checkOverlap(course, sources);
    expect(result.lines.at(-1)).toContain('0 run(s)');
    expect(result.ok).toBe(true);
  });

  it.skipIf(!existsSync(SOURCES_DIR))('finds no long copied run and at most 20 % of copied words in the real course', () => {
    const result = checkOverlap(join(COURSES_DIR, COURSE_ID), SOURCES_DIR);
    expect(result.ok, result.lines.filter((line) => line.startsWith('  ') || line.startsWith('\n')).join('\n')).toBe(true);
  });
});
