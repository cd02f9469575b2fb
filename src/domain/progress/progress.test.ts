import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lessonStatus, mergeSectionsSeen, quizStatus, shareRead } from './progress';

describe('lessonStatus', () => {
  it('counts a lesson as read only when every section has been seen', () => {
    expect(lessonStatus(undefined)).toBe('not-started');
    expect(lessonStatus({ sectionsSeen: [], sectionCount: 3 })).toBe('not-started');
    expect(lessonStatus({ sectionsSeen: ['a', 'b'], sectionCount: 3 })).toBe('in-progress');
    expect(lessonStatus({ sectionsSeen: ['a', 'b', 'c'], sectionCount: 3 })).toBe('read');
  });
});

describe('mergeSectionsSeen', () => {
  it('never loses a section already seen, ignores unknown ones and keeps lesson order', () => {
    fc.assert(
      fc.property(fc.subarray(['a', 'b', 'c', 'd']), fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'zz')), (seen, more) => {
        const { sectionsSeen, complete } = mergeSectionsSeen(seen, more, ['a', 'b', 'c', 'd']);
        for (const id of seen) expect(sectionsSeen).toContain(id);
        expect(sectionsSeen).not.toContain('zz');
        expect(sectionsSeen).toEqual(['a', 'b', 'c', 'd'].filter((id) => sectionsSeen.includes(id)));
        expect(complete).toBe(sectionsSeen.length === 4);
      }),
    );
  });
});

describe('quizStatus', () => {
  const attempt = (startedAt: number, ratio?: number) => ({
    quizId: 'q',
    startedAt,
    questionIds: ['1', '2'],
    responses: ratio === undefined ? { '1': {} } : { '1': {}, '2': {} },
    ...(ratio === undefined ? {} : { finishedAt: startedAt + 1, score: { correct: 0, total: 2, ratio, passed: ratio >= 0.8 } }),
  });

  it('follows the latest attempt and keeps the best score and any pass', () => {
    expect(quizStatus([])).toEqual({ state: 'not-started' });
    expect(quizStatus([attempt(1, 0.5), attempt(2)])).toEqual({ state: 'in-progress', answered: 1, total: 2 });
    expect(quizStatus([attempt(1, 1), attempt(2, 0.5)])).toEqual({ state: 'passed', ratio: 0.5, best: 1 });
    expect(quizStatus([attempt(1, 0.5)])).toEqual({ state: 'failed', ratio: 0.5, best: 0.5 });
  });
});

describe('shareRead', () => {
  it('is the share of lessons read', () => {
    const progress = new Map([['u/a', { sectionsSeen: ['x'], sectionCount: 1 }]]);
    expect(shareRead(['u/a', 'u/b'], progress)).toBe(0.5);
    expect(shareRead([], progress)).toBe(0);
  });
});
