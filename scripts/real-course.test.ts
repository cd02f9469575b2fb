import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCourse, formatCompileError } from '../src/content/compile-course.ts';
import { LANGS } from '../src/content/course-types.ts';
import { COURSE_ID, COURSES_DIR, readCourseFiles } from './course-files.ts';

const result = compileCourse(readCourseFiles(join(COURSES_DIR, COURSE_ID)));

describe('the NATO counter-terrorism course', () => {
  it('compiles without a single problem', () => {
    expect(result.ok ? [] : result.errors.map((error) => formatCompileError(error))).toEqual([]);
  });

  if (!result.ok) return;
  const { outlines, lessons } = result.course;

  it('has the six required units, each with several lessons, in both languages', () => {
    for (const lang of LANGS) {
      expect(outlines[lang].units.map((unit) => unit.id)).toEqual([
        'introduction',
        'threat-awareness',
        'capabilities',
        'engagement',
        'integrity-building',
        'chronology',
      ]);
      for (const unit of outlines[lang].units) expect(unit.lessons.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('covers every capability the source describes', () => {
    const capabilities = outlines.en.units.find((unit) => unit.id === 'capabilities')?.lessons.map((lesson) => lesson.id);
    expect(capabilities).toEqual([
      'dat-programme',
      'harbour-protection',
      'cbrn-defence',
      'explosive-ordnance-disposal',
      'countering-ieds',
      'countering-uas',
      'biometrics-evidence-exploitation',
      'operations-and-missions',
      'crisis-management',
    ]);
  });

  it('gives every lesson objectives, key points and a source in both languages', () => {
    for (const lesson of Object.values(lessons)) {
      expect(lesson.objectives.length, lesson.id).toBeGreaterThanOrEqual(2);
      expect(lesson.sections.some((section) => section.kind === 'key-points'), lesson.id).toBe(true);
      expect(lesson.source.sections.length, lesson.id).toBeGreaterThan(0);
    }
  });

  it('puts every chronology milestone from 1999 to 2024 on the timeline', () => {
    const years = new Set(outlines.fr.events.filter((event) => event.section.unitId === 'chronology').map((event) => event.date.year));
    expect(Math.min(...years)).toBe(1999);
    expect(Math.max(...years)).toBe(2024);
    expect(outlines.fr.events.length).toBeGreaterThanOrEqual(35);
    expect(outlines.en.events.map((event) => event.id)).toEqual(outlines.fr.events.map((event) => event.id));
  });

  it('defines the acronyms the course relies on in both languages', () => {
    const abbrs = (lang: 'fr' | 'en') => new Set(outlines[lang].glossary.map((term) => term.abbr));
    for (const abbr of ['DAT', 'EOD', 'CBRN', 'UAS', 'COE', 'DCB', 'DEEP', 'SPS', 'DEXTER', 'RSM', 'AWACS', 'EADRCC', 'JISD', 'ILU', 'BI']) {
      expect(abbrs('fr').has(abbr) && abbrs('en').has(abbr), abbr).toBe(true);
    }
    expect(abbrs('fr').has('CDNA') && abbrs('en').has('CNAD')).toBe(true);
    expect(abbrs('fr').has('EEI') && abbrs('en').has('IED')).toBe(true);
    expect(abbrs('fr').has('FIAS') && abbrs('en').has('ISAF')).toBe(true);
  });
});
