/**
 * Concept notes (`concepts.yaml`): the notions the course relies on (asymmetric threat,
 * collective defence …), explained in the course's words from how the sources use them.
 * They are marked as explanation, not source facts: they go to the glossary page only,
 * never into the quiz fact base. Each note cites the lesson sections that use the notion,
 * and the compiler checks that those sections, in both languages, contain its term.
 */
import { z } from 'zod';
import { LANGS, lessonKey, type CompileError, type ConceptNote, type Lang, type Lesson, type LessonRef } from './course-types.ts';
import { sectionText } from './compile-facts.ts';
import { normalizeForComparison } from './glossary.ts';
import { parseYaml } from './yaml-source.ts';

export const CONCEPTS_FILE = 'concepts.yaml';

const text = z.string().trim().min(1, 'must not be empty');
const sectionRef = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+#[a-z0-9-]+$/, 'must be unit-id/lesson-id#section-id');
const conceptText = z.object({ term: text, note: text }).strict();

export const conceptsFileSchema = z.array(
  z
    .object({
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, hyphens)'),
      /** Always `explanation`: written by the course, not a fact stated by a source. */
      basis: z.literal('explanation', { error: 'must be "explanation": a concept note explains, it is not a source fact' }),
      fr: conceptText,
      en: conceptText,
      sections: z.array(sectionRef).min(1),
    })
    .strict(),
);

const LANGUAGE_NAMES: Record<Lang, string> = { fr: 'French', en: 'English' };

function parseRef(ref: string): LessonRef {
  const [unitId = '', rest = ''] = ref.split('/');
  const [lessonId = '', sectionId = ''] = rest.split('#');
  return { unitId, lessonId, sectionId };
}

/** Compiles `concepts.yaml` (if present) into both languages' concept notes. */
export function compileConcepts(files: Record<string, string>, lessons: Record<string, Lesson>, unparsed: Set<string>, errors: CompileError[]): Record<Lang, ConceptNote[]> {
  const empty: Record<Lang, ConceptNote[]> = { fr: [], en: [] };
  const source = files[CONCEPTS_FILE];
  if (source === undefined) return empty;
  const parsed = parseYaml(CONCEPTS_FILE, source, conceptsFileSchema);
  if (!parsed.ok) {
    errors.push(...parsed.errors);
    return empty;
  }
  const seen = new Set<string>();
  parsed.value.forEach((concept, index) => {
    const fail = (message: string) => errors.push({ file: CONCEPTS_FILE, line: parsed.lineOf([index]), message: `concept "${concept.id}": ${message}` });
    if (seen.has(concept.id)) fail('id is used twice');
    seen.add(concept.id);
    for (const ref of concept.sections) {
      const { unitId, lessonId, sectionId } = parseRef(ref);
      for (const lang of LANGS) {
        const key = lessonKey(lang, unitId, lessonId);
        if (unparsed.has(key)) continue;
        const found = lessons[key] ? sectionText(lessons[key].sections, sectionId ?? '') : null;
        if (found === null) fail(`section ${ref} does not exist in ${LANGUAGE_NAMES[lang]}`);
        else if (!normalizeForComparison(found).includes(normalizeForComparison(concept[lang].term))) {
          fail(`the ${LANGUAGE_NAMES[lang]} text of ${ref} does not use the term "${concept[lang].term}"`);
        }
      }
    }
  });
  const notes = (lang: Lang) =>
    parsed.value
      .map((concept): ConceptNote => ({ id: concept.id, basis: 'explanation', term: concept[lang].term, note: concept[lang].note, sections: concept.sections.map(parseRef) }))
      .sort((a, b) => a.term.localeCompare(b.term, lang));
  return { fr: notes('fr'), en: notes('en') };
}
