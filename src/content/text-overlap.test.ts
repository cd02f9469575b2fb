import { describe, expect, it } from 'vitest';
import { lessonProse, measureOverlap, overlapWords } from './text-overlap.ts';

const rules = { minRun: 16, minShare: 6 };
const source = overlapWords(
  'Le Centre d’excellence pour la défense contre le terrorisme (COE-DAT), situé à Ankara (Türkiye), sert à la fois d’enceinte et de catalyseur pour le dialogue et les échanges au niveau international concernant le terrorisme.',
);

describe('overlapWords', () => {
  it('ignores case, punctuation, apostrophes and no-break spaces', () => {
    expect(overlapWords('L’OTAN,\u202fà « Bruxelles » !')).toEqual(overlapWords("l'otan à bruxelles"));
  });
});

describe('lessonProse', () => {
  it('keeps title, summary, objectives and body, drops heading ids, markup and the source headings', () => {
    const prose = lessonProse('---\ntitle: Titre\nsummary: Résumé.\nobjectives:\n  - Choisir un organe.\nsource:\n  document: nato-ct\n  sections:\n    - "Capacités"\n---\n\n## Tête {#head}\n\n**Gras** et [lien](lesson:a/b#c).\n');
    expect(overlapWords(prose)).toEqual(['titre', 'résumé', 'choisir', 'un', 'organe', 'tête', 'gras', 'et', 'lien']);
  });
});

describe('measureOverlap', () => {
  it('reports a pasted sentence as one long run and counts its words as shared', () => {
    const lesson = overlapWords('En bref : sert à la fois d’enceinte et de catalyseur pour le dialogue et les échanges au niveau international concernant le terrorisme. Fin.');
    const report = measureOverlap(lesson, [source], rules);
    expect(report.longRuns.map((run) => run.length)).toEqual([21]);
    expect(report.copiedRuns).toEqual(report.longRuns);
    expect(report.sharedWords).toBe(21);
    expect(report.copiedWords).toBe(21);
    expect(report.totalWords).toBe(lesson.length);
  });

  it('counts nothing for a text in other words, and ignores runs shorter than six words', () => {
    const lesson = overlapWords('Installé à Ankara, ce centre réunit des pays et des organisations pour parler du terrorisme et de la façon de le combattre.');
    expect(measureOverlap(lesson, [source], rules)).toEqual({ totalWords: lesson.length, sharedWords: 0, copiedWords: 0, longRuns: [], copiedRuns: [] });
  });
});

describe('allowed passages', () => {
  const lesson = overlapWords('Le Centre d’excellence pour la défense contre le terrorisme (COE-DAT), situé à Ankara (Türkiye), sert à la fois d’enceinte et de catalyseur.');
  const name = ['le Centre d’excellence pour la défense contre le terrorisme (COE-DAT)'];

  it('count as shared but not as copied, and excuse a long run made mostly of them', () => {
    const withName = measureOverlap(lesson, [source], rules, undefined, name);
    const without = measureOverlap(lesson, [source], rules);
    expect(withName.sharedWords).toBe(without.sharedWords);
    expect(withName.copiedWords).toBe(without.sharedWords - 12);
    expect(without.copiedRuns).toHaveLength(1);
    expect(withName.copiedRuns).toEqual([]);
  });

  it('excuse nothing when the passage does not occur in the lesson', () => {
    const report = measureOverlap(lesson, [source], rules, undefined, ['le Centre d’excellence OTAN pour la police de stabilisation']);
    expect(report.copiedWords).toBe(report.sharedWords);
    expect(report.copiedRuns).toHaveLength(1);
  });
});
