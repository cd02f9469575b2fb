import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getLearnerProgress } from '@/db/lms-repository';
import { restoreRecord } from './record-sync';

const outline = { title: 'Course', units: [{ id: 'unit-1', title: 'Unit', lessons: [{ id: 'lesson-1', unitId: 'unit-1', title: 'Lesson' }] }] };
const outlines = { fr: outline, en: outline };
const course = { courseId: 'countering-terrorism', contentVersion: 'v1' };

describe('restoreRecord', () => {
  it('does nothing without a document', async () => {
    expect(await restoreRecord(null, course, outlines, 'fr', Date.UTC(2026, 11, 2))).toEqual({ kind: 'none' });
  });

  it('names a document that is not a record of this course, and writes nothing from it', async () => {
    for (const document of ['a text', { format: 'sentinelle-completion-record', version: 99 }, { lessons: [] }]) {
      const restored = await restoreRecord(document, course, outlines, 'fr', Date.UTC(2026, 11, 2));
      expect(restored.kind).toBe('unreadable');
    }
    expect(await getLearnerProgress()).toMatchObject({ lessons: [], attempts: [] });
  });
});
