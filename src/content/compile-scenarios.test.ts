import { describe, expect, it } from 'vitest';
import { compileCourse, formatCompileError, type CourseFiles } from './compile-course.ts';
import { enLesson, frLesson, validCourse } from './test-course-fixture.ts';

/** The fixture course with a second lesson (whose own facts the first lesson does not teach). */
function courseWithTwoLessons(): CourseFiles {
  const files = validCourse();
  files['course.yaml'] = (files['course.yaml'] ?? '').replace('lessons: [first]', 'lessons: [first, second]');
  files['fr/intro/second.md'] = frLesson.replace('Première leçon', 'Deuxième leçon').replace('lesson:intro/first#origin', 'lesson:intro/second#origin');
  files['en/intro/second.md'] = enLesson.replace('First lesson', 'Second lesson').replace('lesson:intro/first#origin', 'lesson:intro/second#origin');
  files['facts/events.yaml'] += `- id: second-endorsed
  date: 2004
  theme: policy
  section: intro/second#origin
  fr: Approbation, deuxième leçon.
  en: Endorsement, second lesson.
`;
  return files;
}

const option = (fr: string, en: string, reason = true) =>
  `    - text: { fr: "${fr}", en: "${en}" }\n${reason ? `      reason: { fr: "Ce n’est pas ${fr}.", en: "It is not ${en}." }\n` : ''}`;

function scenario(overrides: { id?: string; lesson?: string; sections?: string; facts?: string; options?: string } = {}): string {
  return `- id: ${overrides.id ?? 'choose-dat'}
  lesson: ${overrides.lesson ?? 'intro/first'}
  sections: [${overrides.sections ?? 'intro/first#origin'}]
  facts: [${overrides.facts ?? 'event:dat-endorsed'}]
  situation: { fr: "Un officier doit choisir un programme : lequel ?", en: "An officer must choose a programme." }
  question: { fr: "Lequel convient ?", en: "Which one fits?" }
  options:
${
  overrides.options ??
  `    - key: true
      text: { fr: "le programme DAT", en: "the DAT programme" }
${option('le programme SPS', 'the SPS programme')}${option('le programme DEEP', 'the DEEP programme')}`
}  explanation: { fr: "Le DAT a été approuvé en 2004.", en: "DAT was endorsed in 2004." }
`;
}

function compileWith(...scenarios: string[]) {
  const files = courseWithTwoLessons();
  files['scenarios/intro.yaml'] = scenarios.join('\n');
  return compileCourse(files);
}

function errorsOf(...scenarios: string[]): string[] {
  const result = compileWith(...scenarios);
  if (result.ok) throw new Error('expected the course not to compile');
  return result.errors.map((error) => formatCompileError(error));
}

describe('compileCourse: scenarios', () => {
  it('compiles a valid scenario into both languages, key first, with French spacing', () => {
    const result = compileWith(scenario());
    if (!result.ok) throw new Error(result.errors.map((e) => formatCompileError(e)).join('\n'));
    const [compiled] = result.course.facts.scenarios ?? [];
    expect(compiled?.id).toBe('choose-dat');
    expect(compiled?.key).toEqual({ fr: 'le programme DAT', en: 'the DAT programme' });
    expect(compiled?.distractors.map((d) => d.text.en)).toEqual(['the SPS programme', 'the DEEP programme']);
    expect(compiled?.distractors[0]?.reason.en).toBe('It is not the SPS programme.');
    expect(compiled?.situation.fr).toBe('Un officier doit choisir un programme\u202f: lequel\u202f?');
    expect(compiled?.sections).toEqual([{ unitId: 'intro', lessonId: 'first', sectionId: 'origin' }]);
  });

  it('leaves the fact base without scenarios when the course has none', () => {
    const result = compileCourse(courseWithTwoLessons());
    expect(result.ok && result.course.facts.scenarios).toBeUndefined();
  });

  it('fails when an id is used twice, naming the file and line', () => {
    const errors = errorsOf(scenario(), scenario());
    expect(errors).toContainEqual(expect.stringMatching(/^scenarios\/intro\.yaml:\d+: scenario "choose-dat": id is already used/));
  });

  it('fails when a language is missing', () => {
    const errors = errorsOf(scenario().replace(', en: "Which one fits?"', ''));
    expect(errors.join('\n')).toMatch(/scenarios\/intro\.yaml:6: 0\.question\.en: /);
  });

  it('fails when a fact does not exist', () => {
    expect(errorsOf(scenario({ facts: 'event:nowhere' }))).toContainEqual(expect.stringMatching(/:\d+: scenario "choose-dat": fact event:nowhere does not exist/));
  });

  it('fails on a malformed fact reference', () => {
    expect(errorsOf(scenario({ facts: 'dat-endorsed' })).join('\n')).toMatch(/facts\.0: must be entity:, event:, figure: or set:/);
  });

  it('fails when a section does not exist, in each language where it is missing', () => {
    const errors = errorsOf(scenario({ sections: 'intro/first#origin, intro/first#nowhere' }));
    expect(errors).toContainEqual(expect.stringMatching(/section intro\/first#nowhere does not exist in French/));
    expect(errors).toContainEqual(expect.stringMatching(/section intro\/first#nowhere does not exist in English/));
  });

  it('fails when a section exists in French only', () => {
    const files = courseWithTwoLessons();
    files['fr/intro/first.md'] = (files['fr/intro/first.md'] ?? '').replace('## Suite {#more}', '## Suite {#more}\n\n### Détail {#detail}\n\nLe DAT continue.');
    files['scenarios/intro.yaml'] = scenario({ sections: 'intro/first#origin, intro/first#detail' });
    const result = compileCourse(files);
    const errors = result.ok ? [] : result.errors.map((e) => formatCompileError(e));
    expect(errors).toContainEqual(expect.stringMatching(/section intro\/first#detail does not exist in English/));
    expect(errors).not.toContainEqual(expect.stringMatching(/section intro\/first#detail does not exist in French/));
  });

  it('fails when the lesson does not exist, or none of its sections is cited', () => {
    expect(errorsOf(scenario({ lesson: 'intro/nowhere' }))).toContainEqual(expect.stringMatching(/lesson intro\/nowhere is not in course\.yaml/));
    expect(errorsOf(scenario({ lesson: 'intro/second', facts: 'event:second-endorsed' }))).toContainEqual(expect.stringMatching(/cites no section of its own lesson intro\/second/));
  });

  it('fails when a fact is taught neither in its lesson nor in a cited section', () => {
    const errors = errorsOf(scenario({ facts: 'event:dat-endorsed, event:second-endorsed' }));
    expect(errors).toContainEqual(expect.stringMatching(/fact event:second-endorsed is taught in intro\/second#origin, which is neither in its lesson nor among its sections/));
    expect(compileWith(scenario({ facts: 'event:dat-endorsed, event:second-endorsed', sections: 'intro/first#origin, intro/second#origin' })).ok).toBe(true);
  });

  it('fails without exactly one key', () => {
    const none = `${option('le programme DAT', 'the DAT programme')}${option('le programme SPS', 'the SPS programme')}${option('le programme DEEP', 'the DEEP programme')}`;
    expect(errorsOf(scenario({ options: none }))).toContainEqual(expect.stringMatching(/needs exactly one option with "key: true" \(has 0\)/));
    const two = `    - key: true\n      text: { fr: "le programme DAT", en: "the DAT programme" }\n    - key: true\n      text: { fr: "le programme SPS", en: "the SPS programme" }\n${option('le programme DEEP', 'the DEEP programme')}`;
    expect(errorsOf(scenario({ options: two }))).toContainEqual(expect.stringMatching(/has 2\)/));
  });

  it('fails when an option appears twice in one language', () => {
    const twice = `    - key: true\n      text: { fr: "le programme DAT", en: "the DAT programme" }\n${option('le programme SPS', 'the SPS programme')}${option('Le programme SPS', 'the other programme')}`;
    expect(errorsOf(scenario({ options: twice }))).toContainEqual(expect.stringMatching(/option "Le programme SPS" appears twice in French/));
  });

  it('fails with fewer than 3 or more than 4 options', () => {
    const key = `    - key: true\n      text: { fr: "le programme DAT", en: "the DAT programme" }\n`;
    expect(errorsOf(scenario({ options: key + option('A', 'A') })).join('\n')).toMatch(/options: needs 3 or 4 options/);
    expect(errorsOf(scenario({ options: key + option('A', 'A') + option('B', 'B') + option('C', 'C') + option('D', 'D') })).join('\n')).toMatch(/options: needs 3 or 4 options/);
  });

  it('fails when a distractor has no reason, or the key has one', () => {
    const noReason = `    - key: true\n      text: { fr: "le programme DAT", en: "the DAT programme" }\n${option('A', 'A')}${option('B', 'B', false)}`;
    expect(errorsOf(scenario({ options: noReason }))).toContainEqual(expect.stringMatching(/every distractor needs a reason/));
    const keyReason = `    - key: true\n      text: { fr: "le programme DAT", en: "the DAT programme" }\n      reason: { fr: "parce que", en: "because" }\n${option('A', 'A')}${option('B', 'B')}`;
    expect(errorsOf(scenario({ options: keyReason }))).toContainEqual(expect.stringMatching(/the key has a reason/));
  });
});
