/**
 * Scenario items from `scenarios/*.yaml`: each checked against the course it rests on (its
 * lesson, the sections it cites in both languages, the facts it names and where they are
 * taught) and against the item rules a compiler can see (one key, unique options, a reason
 * for every distractor). Pure, like the rest of the compiler.
 */
import { LANGS, lessonKey, type CompileError, type FactBase, type Lang, type Lesson, type LessonRef, type LocalizedText, type Scenario } from './course-types.ts';
import { scenariosFileSchema, type CourseManifest } from './course-schemas.ts';
import { frenchSpacing } from './french-typography.ts';
import { normalizeForComparison } from './glossary.ts';
import { parseYaml } from './yaml-source.ts';

const LANGUAGE_NAMES: Record<Lang, string> = { fr: 'French', en: 'English' };

export interface ScenariosInput {
  files: Record<string, string>;
  manifest: CourseManifest;
  lessons: Record<string, Lesson>;
  /** Lessons that failed to parse: their errors are already reported. */
  unparsed: Set<string>;
  facts: FactBase;
  errors: CompileError[];
}

function parseRef(ref: string): LessonRef {
  const [unitId = '', rest = ''] = ref.split('/');
  const [lessonId = '', sectionId] = rest.split('#');
  return sectionId === undefined ? { unitId, lessonId } : { unitId, lessonId, sectionId };
}

const refText = (ref: LessonRef) => `${ref.unitId}/${ref.lessonId}${ref.sectionId ? `#${ref.sectionId}` : ''}`;
const sameLesson = (a: LessonRef, b: LessonRef) => a.unitId === b.unitId && a.lessonId === b.lessonId;
const typeset = (text: LocalizedText): LocalizedText => ({ fr: frenchSpacing(text.fr), en: text.en });

/** Where each fact of the fact base is taught, by `kind:id`. */
function factSections(facts: FactBase): Map<string, LessonRef> {
  const out = new Map<string, LessonRef>();
  for (const event of facts.events) out.set(`event:${event.id}`, event.section);
  for (const entity of facts.entities) out.set(`entity:${entity.id}`, entity.section);
  for (const figure of facts.figures) out.set(`figure:${figure.id}`, figure.section);
  for (const set of facts.sets) out.set(`set:${set.id}`, set.section);
  return out;
}

/** Compiles every `scenarios/*.yaml` file; problems go to `input.errors` with file and line. */
export function compileScenarios(input: ScenariosInput): Scenario[] {
  const lessonIds = new Set(input.manifest.units.flatMap((unit) => unit.lessons.map((lessonId) => `${unit.id}/${lessonId}`)));
  const taughtAt = factSections(input.facts);
  const seen = new Map<string, string>();
  const out: Scenario[] = [];
  for (const path of Object.keys(input.files).filter((p) => /^scenarios\/[^/]+\.ya?ml$/.test(p)).sort()) {
    const parsed = parseYaml(path, input.files[path] ?? '', scenariosFileSchema);
    if (!parsed.ok) {
      input.errors.push(...parsed.errors);
      continue;
    }
    parsed.value.forEach((entry, index) => {
      const before = input.errors.length;
      const fail = (message: string, at: (string | number)[] = []) =>
        input.errors.push({ file: path, line: parsed.lineOf([index, ...at]), message: `scenario "${entry.id}": ${message}` });
      const other = seen.get(entry.id);
      if (other) fail(`id is already used in ${other}`, ['id']);
      seen.set(entry.id, path);

      const lesson = parseRef(entry.lesson);
      if (!lessonIds.has(entry.lesson)) fail(`lesson ${entry.lesson} is not in course.yaml`, ['lesson']);
      const sections = entry.sections.map(parseRef);
      sections.forEach((ref, i) => {
        for (const lang of LANGS) {
          const key = lessonKey(lang, ref.unitId, ref.lessonId);
          if (input.unparsed.has(key)) continue;
          if (!input.lessons[key]?.sections.some((section) => section.id === ref.sectionId)) {
            fail(`section ${refText(ref)} does not exist in ${LANGUAGE_NAMES[lang]}`, ['sections', i]);
          }
        }
      });
      if (!sections.some((ref) => sameLesson(ref, lesson))) fail(`cites no section of its own lesson ${entry.lesson}`, ['sections']);
      entry.facts.forEach((fact, i) => {
        const section = taughtAt.get(fact);
        if (!section) fail(`fact ${fact} does not exist in facts/*.yaml`, ['facts', i]);
        else if (!sameLesson(section, lesson) && !sections.some((ref) => refText(ref) === refText(section))) {
          fail(`fact ${fact} is taught in ${refText(section)}, which is neither in its lesson nor among its sections`, ['facts', i]);
        }
      });

      const keys = entry.options.filter((option) => option.key === true);
      if (keys.length !== 1) fail(`needs exactly one option with "key: true" (has ${keys.length})`, ['options']);
      entry.options.forEach((option, i) => {
        if (option.key === true && option.reason) fail('the key has a reason: write why it fits in the explanation', ['options', i]);
        if (option.key !== true && !option.reason) fail('every distractor needs a reason (why it does not fit)', ['options', i]);
      });
      for (const lang of LANGS) {
        const texts = new Set<string>();
        entry.options.forEach((option, i) => {
          const text = normalizeForComparison(option.text[lang]);
          if (texts.has(text)) fail(`option "${option.text[lang]}" appears twice in ${LANGUAGE_NAMES[lang]}`, ['options', i]);
          texts.add(text);
        });
      }
      const key = keys[0];
      if (input.errors.length > before || !key) return;
      out.push({
        id: entry.id,
        lesson: { unitId: lesson.unitId, lessonId: lesson.lessonId },
        // The lesson's own sections first: the first is where "read more" leads.
        sections: [...sections.filter((ref) => sameLesson(ref, lesson)), ...sections.filter((ref) => !sameLesson(ref, lesson))],
        facts: entry.facts,
        situation: typeset(entry.situation),
        question: typeset(entry.question),
        key: typeset(key.text),
        distractors: entry.options.flatMap((option) => (option.key === true || !option.reason ? [] : [{ text: typeset(option.text), reason: typeset(option.reason) }])),
        explanation: typeset(entry.explanation),
      });
    });
  }
  return out;
}
