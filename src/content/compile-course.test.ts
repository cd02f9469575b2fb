import { describe, expect, it } from 'vitest';
import { compileCourse, formatCompileError, type CourseFiles } from './compile-course.ts';
import { enLesson, frLesson, validCourse } from './test-course-fixture.ts';

function errorsOf(files: CourseFiles): string[] {
  const result = compileCourse(files);
  if (result.ok) throw new Error('expected the course to fail');
  return result.errors.map((error) => formatCompileError(error));
}

function withFile(path: string, text: string | undefined): CourseFiles {
  const files = Object.entries(validCourse()).filter(([name]) => name !== path);
  return Object.fromEntries(text === undefined ? files : [...files, [path, text]]);
}

describe('compileCourse', () => {
  it('compiles a valid course into both languages', () => {
    const result = compileCourse(validCourse());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const lesson = result.course.lessons['en/intro/first'];
    expect(lesson?.sections.map((s) => s.id)).toEqual(['origin', 'more', 'key-points', 'key-dates']);
    expect(lesson?.glossary.dat?.expansion).toBe('Defence Against Terrorism');
    expect(result.course.outlines.fr.units[0]?.lessons[0]?.title).toBe('Première leçon');
    expect(result.course.outlines.fr.events[0]).toMatchObject({ id: 'dat-endorsed', date: { year: 2004 }, label: 'Approbation du programme.' });
  });

  it('marks only the first use of a term in each section as interactive', () => {
    const result = compileCourse(validCourse());
    if (!result.ok) throw new Error('fixture must compile');
    const [origin, more] = result.course.lessons['fr/intro/first']?.sections ?? [];
    const terms = (section: typeof origin) =>
      section?.blocks.flatMap((b) => (b.type === 'paragraph' ? b.children.filter((n) => n.type === 'term') : []));
    expect(terms(origin)).toEqual([{ type: 'term', termId: 'dat', text: 'DAT', interactive: true }]);
    expect(terms(more)).toEqual([{ type: 'term', termId: 'dat', text: 'DAT', interactive: true }]);
  });

  it('fails when a lesson is missing in one language', () => {
    expect(errorsOf(withFile('en/intro/first.md', undefined))).toEqual([
      'en/intro/first.md: lesson "intro/first" is missing in English (listed in course.yaml, line 13)',
    ]);
  });

  it('fails when a lesson file is not listed in the manifest', () => {
    const files = validCourse();
    files['fr/intro/stray.md'] = frLesson;
    expect(errorsOf(files)).toContain('fr/intro/stray.md: this lesson file is not listed in course.yaml (add its id to a unit, or remove the file)');
  });

  it('fails when a section is missing in one language', () => {
    const errors = errorsOf(withFile('en/intro/first.md', enLesson.replace('## More {#more}\n\nThe DAT programme goes on. See [more](lesson:intro/first#origin).\n\n', '')));
    expect(errors).toEqual([
      'en/intro/first.md:16: section ids differ from fr/intro/first.md: French has [origin, more, key-points, key-dates], English has [origin, key-points, key-dates]',
    ]);
  });

  it('fails when section ids differ between languages', () => {
    const errors = errorsOf(withFile('en/intro/first.md', enLesson.replace('{#more}', '{#further}').replace('#origin)', ')')));
    expect(errors[0]).toMatch(/^en\/intro\/first\.md:16: section ids differ from fr\/intro\/first\.md/);
  });

  it('fails when an acronym is used but not defined in the glossary', () => {
    const errors = errorsOf(withFile('fr/intro/first.md', frLesson.replace('Le programme DAT continue.', 'Le programme DAT continue avec le CMRE.')));
    expect(errors).toEqual(['fr/intro/first.md:18: acronym "CMRE" is used but not defined in the glossary']);
  });

  it('fails when the first use of a term lacks its expansion', () => {
    const errors = errorsOf(withFile('en/intro/first.md', enLesson.replace('The Defence Against Terrorism (DAT) programme', 'The DAT programme')));
    expect(errors).toEqual([
      'en/intro/first.md:14: first use of "DAT" in this lesson must come with its expansion "Defence Against Terrorism" in the same paragraph',
    ]);
  });

  it('fails when a required front-matter field is missing', () => {
    expect(errorsOf(withFile('fr/intro/first.md', frLesson.replace('summary: Une leçon.\n', '')))).toEqual([
      'fr/intro/first.md:2: summary: Invalid input: expected string, received undefined',
    ]);
  });

  it('fails when a required manifest field is missing', () => {
    const files = validCourse();
    files['course.yaml'] = (files['course.yaml'] ?? '').replace('description: { fr: Description, en: Description }\n', '');
    expect(errorsOf(files)).toEqual(['course.yaml:1: description: needs a French (fr) and an English (en) text']);
  });

  it('fails when a glossary entry lacks a translation', () => {
    const files = validCourse();
    files['glossary/core.yaml'] = (files['glossary/core.yaml'] ?? '').replace(/ {2}en: .*\n/, '');
    expect(errorsOf(files)[0]).toBe('glossary/core.yaml:1: 0.en: Invalid input: expected object, received undefined');
  });

  it.each([
    ['an image', '![carte](carte.png)', 'unsupported Markdown: images'],
    ['raw HTML', '<div>bloc</div>', 'unsupported Markdown: raw HTML'],
    ['a code block', '```\ncode\n```', 'unsupported Markdown: code blocks'],
    ['a quote', '> citation', 'unsupported Markdown: quotes'],
    ['a level-4 heading', '#### Titre {#deep}', 'unsupported heading level 4: use ## for sections and ### for subsections'],
    ['an external link', '[site](https://example.org)', 'unsupported link "https://example.org": only links to lessons (lesson:unit-id/lesson-id#section-id) are allowed'],
  ])('fails on %s with its line', (_name, markdown, message) => {
    const errors = errorsOf(withFile('fr/intro/first.md', frLesson.replace('Le programme DAT continue.', `Le programme DAT continue.\n\n${markdown}`)));
    expect(errors[0]).toBe(`fr/intro/first.md:20: ${message}`);
  });

  it('fails on a heading without a section id', () => {
    expect(errorsOf(withFile('fr/intro/first.md', frLesson.replace('## Suite {#more}', '## Suite')))).toContain(
      'fr/intro/first.md:16: heading has no section id: end it with {#kebab-case-id}',
    );
  });

  it('fails when the key points are missing', () => {
    const lesson = frLesson.replace('## Points clés {#key-points}\n\n- Le DAT date de 2004.\n\n', '');
    expect(errorsOf(withFile('fr/intro/first.md', lesson))).toContain('fr/intro/first.md:1: missing the key points section (## … {#key-points})');
  });

  it('fails on a link to a lesson section that does not exist', () => {
    expect(errorsOf(withFile('en/intro/first.md', enLesson.replace('#origin)', '#nowhere)')))).toEqual([
      'en/intro/first.md:18: link to lesson:intro/first#nowhere, which does not exist',
    ]);
  });

  it('fails when an event date is not stated by its section', () => {
    const files = validCourse();
    files['facts/events.yaml'] = (files['facts/events.yaml'] ?? '').replace('date: 2004', 'date: 2005');
    expect(errorsOf(files)).toEqual([
      'facts/events.yaml:1: event "dat-endorsed": the French text of intro/first#origin does not state the date 2005',
      'facts/events.yaml:1: event "dat-endorsed": the English text of intro/first#origin does not state the date 2005',
    ]);
  });

  it('fails when an event cites an unknown theme or section', () => {
    const files = validCourse();
    files['facts/events.yaml'] = (files['facts/events.yaml'] ?? '').replace('theme: policy', 'theme: sport').replace('#origin', '#gone');
    expect(errorsOf(files)).toEqual([
      'facts/events.yaml:1: event "dat-endorsed": section intro/first#gone does not exist in French',
      'facts/events.yaml:1: event "dat-endorsed": section intro/first#gone does not exist in English',
      'facts/events.yaml:1: event "dat-endorsed": unknown theme "sport" (themes: policy)',
    ]);
  });

  it('reports every problem at once', () => {
    const files = validCourse();
    files['fr/intro/first.md'] = frLesson.replace('## Suite {#more}', '## Suite').replace('DAT continue', 'DAT et le XYZ continuent');
    files['facts/events.yaml'] = (files['facts/events.yaml'] ?? '').replace('theme: policy', 'theme: sport');
    expect(errorsOf(files).length).toBeGreaterThanOrEqual(3);
  });
});

describe('compileCourse: quiz facts', () => {
  const withFacts = (name: string, yaml: string) => ({ ...validCourse(), [`facts/${name}.yaml`]: yaml });

  it('compiles entities, figures and sets into the bilingual fact base', () => {
    const result = compileCourse({
      ...withFacts('entities', '- id: dat\n  kind: programme\n  name: { fr: le programme DAT, en: the DAT programme }\n  term: dat\n  section: intro/first#origin\n'),
      'facts/figures.yaml': '- id: year\n  value: 2004\n  statement: { fr: "Approuvé en {n}.", en: "Endorsed in {n}." }\n  section: intro/first#origin\n',
    });
    if (!result.ok) throw new Error(result.errors.map((e) => formatCompileError(e)).join('\n'));
    expect(result.course.facts.entities[0]).toMatchObject({ id: 'dat', termId: 'dat', section: { unitId: 'intro', lessonId: 'first', sectionId: 'origin' } });
    expect(result.course.facts.figures[0]?.value).toBe(2004);
    expect(result.course.facts.terms).toEqual([
      { id: 'dat', abbr: { fr: 'DAT', en: 'DAT' }, expansion: { fr: 'défense contre le terrorisme', en: 'Defence Against Terrorism' }, section: { unitId: 'intro', lessonId: 'first', sectionId: 'origin' } },
    ]);
  });

  it('fails when a figure is not stated by its section', () => {
    expect(errorsOf(withFacts('figures', '- id: wrong\n  value: 2005\n  statement: { fr: "En {n}.", en: "In {n}." }\n  section: intro/first#origin\n'))).toEqual([
      'facts/figures.yaml:1: figure "wrong": the French text of intro/first#origin does not state the number 2005',
      'facts/figures.yaml:1: figure "wrong": the English text of intro/first#origin does not state the number 2005',
    ]);
  });

  it('fails when a figure statement lacks its {n}', () => {
    expect(errorsOf(withFacts('figures', '- id: wrong\n  value: 2004\n  statement: { fr: "En 2004.", en: "In {n}." }\n  section: intro/first#origin\n'))).toEqual([
      'facts/figures.yaml:3: 0.statement: each statement must contain {n} exactly once',
    ]);
  });

  it('fails when an entity lacks a translation or its city is not in the section', () => {
    const noEnglish = '- id: dat\n  kind: programme\n  name: { fr: le programme DAT }\n  section: intro/first#origin\n';
    expect(errorsOf(withFacts('entities', noEnglish))[0]).toBe('facts/entities.yaml:3: 0.name.en: Invalid input: expected string, received undefined');
    const city = '- id: dat\n  kind: programme\n  name: { fr: le programme DAT, en: the DAT programme }\n  location: { city: { fr: Ankara, en: Ankara }, country: { fr: Türkiye, en: Türkiye } }\n  section: intro/first#origin\n';
    expect(errorsOf(withFacts('entities', city))).toContain('facts/entities.yaml:1: entity "dat": the French text of intro/first#origin does not state the city "Ankara"');
  });

  it('fails when a purpose gives the answer away', () => {
    const giveaway = '- id: dat\n  kind: programme\n  name: { fr: le programme DAT, en: the DAT programme }\n  term: dat\n  purpose: { fr: développer le DAT, en: to develop capabilities }\n  section: intro/first#origin\n';
    expect(errorsOf(withFacts('entities', giveaway))).toEqual(['facts/entities.yaml:1: entity "dat": the French purpose gives away the name: write it without "programme DAT"']);
  });

  it('fails on a set group with no sibling to draw wrong answers from', () => {
    const lonely = '- id: tasks\n  group: alone\n  prompt: { fr: Laquelle ?, en: Which? }\n  members: [{ fr: a, en: a }, { fr: b, en: b }]\n  section: intro/first#origin\n';
    expect(errorsOf(withFacts('sets', lonely))).toEqual(['facts/sets.yaml: group "alone" has a single set (tasks): its questions would have no distractors']);
  });

  it('fails, with file and line, when no objective of a lesson is at application level', () => {
    const recallOnly = frLesson.replace('  - Choisir le programme qui convient à un besoin.\n', '  - Citer une chose.\n');
    const errors = errorsOf(withFile('fr/intro/first.md', recallOnly));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^fr\/intro\/first\.md:5: no objective at application level: start at least one with "Choisir", "Décider"/);
    expect(compileCourse(withFile('en/intro/first.md', enLesson.replace('Choose the programme', 'Compare the programmes'))).ok).toBe(true);
  });

  it('fails on a hedged figure statement that is not marked as hedged, and on a hedge the lesson does not state', () => {
    const unmarked = '- id: near\n  value: 2004\n  statement: { fr: "Presque {n} fois.", en: "Nearly {n} times." }\n  section: intro/first#origin\n';
    expect(errorsOf(withFacts('figures', unmarked))).toEqual([
      'facts/figures.yaml:1: figure "near": the French statement is hedged ("Presque"): mark the figure with hedge: approx or above, and give the source\'s wording',
      'facts/figures.yaml:1: figure "near": the English statement is hedged ("Nearly"): mark the figure with hedge: approx or above, and give the source\'s wording',
    ]);
    const unstated = `${unmarked}  hedge: approx\n  wording: { fr: "presque 2004", en: "nearly 2004" }\n`;
    expect(errorsOf(withFacts('figures', unstated))).toEqual([
      'facts/figures.yaml:1: figure "near": the French text of intro/first#origin does not state the source\'s wording "presque 2004"',
      'facts/figures.yaml:1: figure "near": the English text of intro/first#origin does not state the source\'s wording "nearly 2004"',
    ]);
    const exact = '- id: year\n  value: 2004\n  statement: { fr: "Approuvé en {n}.", en: "Endorsed in {n}." }\n  hedge: above\n  wording: { fr: "2004", en: "2004" }\n  section: intro/first#origin\n';
    expect(errorsOf(withFacts('figures', exact))).toEqual([
      'facts/figures.yaml:1: figure "year": the figure is marked hedge: above, but the French statement does not keep the hedge before {n}',
      'facts/figures.yaml:1: figure "year": the figure is marked hedge: above, but the English statement does not keep the hedge before {n}',
    ]);
  });

  describe('concept notes', () => {
    const concept = (basis: string, term = 'programme') =>
      `- id: programme\n  basis: ${basis}\n  fr: { term: ${term}, note: Une explication. }\n  en: { term: programme, note: An explanation. }\n  sections: [intro/first#more]\n`;

    it('carries a note to the glossary outline of each language, marked as explanation, and never to the quiz facts', () => {
      const result = compileCourse({ ...validCourse(), 'concepts.yaml': concept('explanation') });
      if (!result.ok) throw new Error(result.errors.map((e) => formatCompileError(e)).join('\n'));
      expect(result.course.outlines.fr.concepts).toEqual([
        { id: 'programme', basis: 'explanation', term: 'programme', note: 'Une explication.', sections: [{ unitId: 'intro', lessonId: 'first', sectionId: 'more' }] },
      ]);
      expect(result.course.outlines.en.concepts[0]?.note).toBe('An explanation.');
      expect(JSON.stringify(result.course.facts)).not.toContain('Une explication.');
    });

    it('fails on a note not marked as explanation, and on a cited section that does not use the term', () => {
      expect(errorsOf({ ...validCourse(), 'concepts.yaml': concept('source') })).toEqual([
        'concepts.yaml:2: 0.basis: must be "explanation": a concept note explains, it is not a source fact',
      ]);
      expect(errorsOf({ ...validCourse(), 'concepts.yaml': concept('explanation', 'résilience') })).toEqual([
        'concepts.yaml:1: concept "programme": the French text of intro/first#more does not use the term "résilience"',
      ]);
    });
  });

  it('carries an event series to the fact base, and fails on a series of one event', () => {
    const twice = '- id: a\n  date: 2004\n  series: courses\n  theme: policy\n  section: intro/first#origin\n  fr: Premier.\n  en: First.\n- id: b\n  date: 2004\n  series: courses\n  theme: policy\n  section: intro/first#origin\n  fr: Second.\n  en: Second.\n';
    const result = compileCourse(withFacts('events', twice));
    if (!result.ok) throw new Error(result.errors.map((e) => formatCompileError(e)).join('\n'));
    expect(result.course.facts.events.map((event) => event.series)).toEqual(['courses', 'courses']);
    const once = twice.slice(0, twice.indexOf('- id: b'));
    expect(errorsOf(withFacts('events', once))).toEqual(['facts/events.yaml: series "courses" has a single event: a series groups events that repeat one thing on different dates']);
  });
});
