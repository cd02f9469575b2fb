import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inLanguage, langOfPath, lessonKey, lessonPath, parseLessonKey, parseQuizId, placeFromPath, placePath, quizId, quizPath, quizRefFromParams, type Place, type QuizRef } from './course-ids';

const token = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const ref: fc.Arbitrary<QuizRef> = fc.oneof(
  fc.constant({ kind: 'final-assessment' as const }),
  token.map((unitId) => ({ kind: 'unit-quiz' as const, unitId })),
  fc.tuple(token, token).map(([unitId, lessonId]) => ({ kind: 'lesson-check' as const, unitId, lessonId })),
);
const lang = fc.constantFrom('fr' as const, 'en' as const);

describe('course identities', () => {
  it('parse every quiz id they build back into the same quiz', () => {
    fc.assert(
      fc.property(ref, (r) => {
        expect(parseQuizId(quizId(r))).toEqual(r);
      }),
    );
    expect(quizId({ kind: 'lesson-check', unitId: 'capabilities', lessonId: 'dat-programme' })).toBe('lesson:capabilities/dat-programme');
    expect(quizId({ kind: 'unit-quiz', unitId: 'capabilities' })).toBe('unit:capabilities');
    expect(quizId({ kind: 'final-assessment' })).toBe('final');
    for (const bad of ['', 'unit:', 'lesson:a', 'lesson:a/b/c', 'finale', 'unit:a/b']) expect(parseQuizId(bad)).toBeNull();
  });

  it('parse every lesson key they build', () => {
    fc.assert(
      fc.property(token, token, (u, l) => {
        expect(parseLessonKey(lessonKey(u, l))).toEqual({ unitId: u, lessonId: l });
      }),
    );
    expect(parseLessonKey('a')).toBeNull();
  });

  it('give each quiz the address the router matches, and read its parameters back', () => {
    expect(quizPath('fr', { kind: 'final-assessment' })).toBe('/fr/assessment');
    expect(quizPath('en', { kind: 'unit-quiz', unitId: 'u' })).toBe('/en/u/quiz');
    expect(quizPath('en', { kind: 'lesson-check', unitId: 'u', lessonId: 'l' })).toBe('/en/u/l/check');
    expect(quizRefFromParams({ unitId: 'u', lessonId: 'l' })).toEqual({ kind: 'lesson-check', unitId: 'u', lessonId: 'l' });
    expect(quizRefFromParams({ unitId: 'u' })).toEqual({ kind: 'unit-quiz', unitId: 'u' });
    expect(quizRefFromParams({})).toEqual({ kind: 'final-assessment' });
    expect(lessonPath('fr', 'u', 'l', 's')).toBe('/fr/u/l#s');
    expect(inLanguage('/fr/u/l', 'en')).toBe('/en/u/l');
    expect(inLanguage('/fr', 'en')).toBe('/en');
    expect(langOfPath('/en/u')).toBe('en');
    expect(langOfPath('/de/u')).toBeUndefined();
  });

  it('store the last place as data and turn any place into its address and back', () => {
    const place: fc.Arbitrary<Place> = fc.oneof(
      fc.record({ kind: fc.constant('lesson' as const), unitId: token, lessonId: token, sectionId: token, lang, at: fc.nat() }),
      fc.record({ kind: fc.constant('quiz' as const), quiz: ref, lang, at: fc.nat() }),
    );
    fc.assert(
      fc.property(place, (p) => {
        expect(placeFromPath(placePath(p), p.at)).toEqual(p);
      }),
    );
    // Addresses stored by earlier versions, as the database upgrade reads them.
    expect(placeFromPath('/en/capabilities/dat-programme#origin', 3)).toEqual({ kind: 'lesson', unitId: 'capabilities', lessonId: 'dat-programme', sectionId: 'origin', lang: 'en', at: 3 });
    expect(placeFromPath('/fr/assessment', 3)).toEqual({ kind: 'quiz', quiz: { kind: 'final-assessment' }, lang: 'fr', at: 3 });
    for (const bad of ['/de/a/b', '/fr', '/fr/a/b/c/d', 'nonsense']) expect(placeFromPath(bad, 1)).toBeNull();
  });
});
