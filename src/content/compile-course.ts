/**
 * The course compiler: the files of `courses/<id>/` in, a typed bilingual course (or every
 * problem found, each with file and line) out. Pure: the caller reads the files.
 */
import {
  LANGS,
  lessonKey,
  type CompileError,
  type CompileResult,
  type CourseOutline,
  type GlossaryTerm,
  type Lang,
  type Lesson,
} from './course-types.ts';
import { courseManifestSchema, glossaryFileSchema, type GlossaryEntry } from './course-schemas.ts';
import { compileFacts } from './compile-facts.ts';
import { compileConcepts } from './compile-concepts.ts';
import { compileScenarios } from './compile-scenarios.ts';
import { parseLesson, type ParsedLesson } from './parse-lesson.ts';
import { parseYaml } from './yaml-source.ts';

/** Course files by path relative to the course folder (`course.yaml`, `fr/unit/lesson.md` …). */
export type CourseFiles = Record<string, string>;

const WORDS_PER_MINUTE = 180;
const LANGUAGE_NAMES: Record<Lang, string> = { fr: 'French', en: 'English' };

function loadGlossary(files: CourseFiles, errors: CompileError[]): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  const seen = new Map<string, string>();
  for (const path of Object.keys(files).filter((p) => /^glossary\/[^/]+\.ya?ml$/.test(p)).sort()) {
    const parsed = parseYaml(path, files[path] ?? '', glossaryFileSchema);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      continue;
    }
    parsed.value.forEach((entry, index) => {
      for (const key of [`id ${entry.id}`, `fr ${entry.fr.abbr}`, `en ${entry.en.abbr}`]) {
        const other = seen.get(key);
        if (other) errors.push({ file: path, line: parsed.lineOf([index]), message: `glossary ${key.replace(' ', ' "')}" is already defined in ${other}` });
        seen.set(key, path);
      }
      entries.push(entry);
    });
  }
  return entries;
}

function glossaryIn(entries: GlossaryEntry[], lang: Lang): GlossaryTerm[] {
  return entries.map((entry) => ({ id: entry.id, ...entry[lang], wellKnown: entry.wellKnown === true }));
}

interface LessonFile {
  path: string;
  parsed: ParsedLesson;
}

function checkLanguagesAgree(fr: LessonFile, en: LessonFile, errors: CompileError[]) {
  const frIds = fr.parsed.sections.map((s) => s.id);
  const enIds = en.parsed.sections.map((s) => s.id);
  const firstDifference = frIds.findIndex((id, i) => id !== enIds[i]);
  if (firstDifference >= 0 || frIds.length !== enIds.length) {
    const index = firstDifference >= 0 ? firstDifference : Math.min(frIds.length, enIds.length);
    const enId = enIds[index];
    errors.push({
      file: en.path,
      line: enId ? en.parsed.sectionLines.get(enId) : undefined,
      message: `section ids differ from ${fr.path}: French has [${frIds.join(', ')}], English has [${enIds.join(', ')}]`,
    });
  }
  const levels = (file: LessonFile) => file.parsed.sections.map((s) => `${s.id}:${s.level}`).join(',');
  if (firstDifference < 0 && levels(fr) !== levels(en)) {
    errors.push({ file: en.path, message: `heading levels differ from ${fr.path}` });
  }
  if (JSON.stringify(fr.parsed.frontMatter.source) !== JSON.stringify(en.parsed.frontMatter.source)) {
    errors.push({ file: en.path, line: 1, message: `source differs from ${fr.path}: both languages must cite the same document and headings` });
  }
}

/** Compiles every file of one course. */
export function compileCourse(files: CourseFiles): CompileResult {
  const errors: CompileError[] = [];
  const manifestText = files['course.yaml'];
  if (manifestText === undefined) return { ok: false, errors: [{ file: 'course.yaml', message: 'the course manifest is missing' }] };
  const manifestResult = parseYaml('course.yaml', manifestText, courseManifestSchema);
  if (!manifestResult.ok) return { ok: false, errors: manifestResult.errors };
  const manifest = manifestResult.value;
  const glossary = loadGlossary(files, errors);
  const sourceIds = new Set(manifest.sources.map((s) => s.id));

  const lessons: Record<string, Lesson> = {};
  const parsedFiles: Record<string, LessonFile> = {};
  const expected = new Set<string>();
  const unparsed = new Set<string>();
  manifest.units.forEach((unit, unitIndex) => {
    for (const lessonId of unit.lessons) {
      const pair: Partial<Record<Lang, LessonFile>> = {};
      for (const lang of LANGS) {
        const path = `${lang}/${unit.id}/${lessonId}.md`;
        expected.add(path);
        const text = files[path];
        if (text === undefined) {
          unparsed.add(lessonKey(lang, unit.id, lessonId));
          errors.push({ file: path, message: `lesson "${unit.id}/${lessonId}" is missing in ${LANGUAGE_NAMES[lang]} (listed in course.yaml, line ${manifestResult.lineOf(['units', unitIndex, 'lessons']) ?? '?'})` });
          continue;
        }
        const langGlossary = glossaryIn(glossary, lang);
        const result = parseLesson(path, text, langGlossary, lang);
        if (!result.ok) {
          unparsed.add(lessonKey(lang, unit.id, lessonId));
          errors.push(...result.errors);
          continue;
        }
        const parsed = result.lesson;
        if (!sourceIds.has(parsed.frontMatter.source.document)) {
          errors.push({ file: path, line: 1, message: `unknown source document "${parsed.frontMatter.source.document}" (sources: ${[...sourceIds].join(', ')})` });
        }
        pair[lang] = { path, parsed };
        parsedFiles[path] = { path, parsed };
        lessons[lessonKey(lang, unit.id, lessonId)] = {
          id: lessonId,
          unitId: unit.id,
          lang,
          title: parsed.frontMatter.title,
          summary: parsed.frontMatter.summary,
          objectives: parsed.objectives,
          source: parsed.frontMatter.source,
          sections: parsed.sections,
          glossary: Object.fromEntries(langGlossary.filter((t) => parsed.usedTerms.has(t.id)).map((t) => [t.id, t])),
          wordCount: parsed.wordCount,
          readingMinutes: Math.max(1, Math.round(parsed.wordCount / WORDS_PER_MINUTE)),
        };
      }
      if (pair.fr && pair.en) checkLanguagesAgree(pair.fr, pair.en, errors);
    }
  });

  for (const path of Object.keys(files).filter((p) => /^(fr|en)\/.*\.md$/.test(p))) {
    if (!expected.has(path)) errors.push({ file: path, message: 'this lesson file is not listed in course.yaml (add its id to a unit, or remove the file)' });
  }

  for (const [path, file] of Object.entries(parsedFiles)) {
    const lang = path.slice(0, 2) as Lang;
    for (const link of file.parsed.links) {
      const target = lessons[lessonKey(lang, link.target.unitId, link.target.lessonId)];
      const sectionMissing = link.target.sectionId && !target?.sections.some((s) => s.id === link.target.sectionId);
      if (!target || sectionMissing) {
        const href = `${link.target.unitId}/${link.target.lessonId}${link.target.sectionId ? `#${link.target.sectionId}` : ''}`;
        errors.push({ file: path, line: link.line, message: `link to lesson:${href}, which does not exist` });
      }
    }
  }

  const facts = compileFacts({ files, manifest, glossary, lessons, unparsed, errors });
  const concepts = compileConcepts(files, lessons, unparsed, errors);
  if (Object.keys(files).some((path) => path.startsWith('scenarios/'))) {
    facts.scenarios = compileScenarios({ files, manifest, lessons, unparsed, facts, errors });
  }
  if (errors.length > 0) return { ok: false, errors };

  const outline = (lang: Lang): CourseOutline => ({
    id: manifest.id,
    lang,
    title: manifest.title[lang],
    description: manifest.description[lang],
    units: manifest.units.map((unit) => ({
      id: unit.id,
      title: unit.title[lang],
      lessons: unit.lessons.map((lessonId) => {
        const lesson = lessons[lessonKey(lang, unit.id, lessonId)];
        if (!lesson) throw new Error(`unreachable: lesson ${lessonId} vanished`);
        return {
          id: lesson.id,
          unitId: unit.id,
          title: lesson.title,
          summary: lesson.summary,
          readingMinutes: lesson.readingMinutes,
          sections: lesson.sections.map((s) => ({ id: s.id, level: s.level, title: s.plainTitle })),
        };
      }),
    })),
    themes: manifest.themes.map((theme) => ({ id: theme.id, label: theme[lang] })),
    sources: manifest.sources.map((source) => ({ id: source.id, file: source.file, title: source.title[lang] })),
    glossary: glossaryIn(glossary, lang).sort((a, b) => a.abbr.localeCompare(b.abbr, lang)),
    concepts: concepts[lang],
    events: facts.events
      .map((event) => ({ ...event, label: event.label[lang] }))
      .sort((a, b) => compareDates(a.date, b.date)),
  });

  return { ok: true, course: { id: manifest.id, outlines: { fr: outline('fr'), en: outline('en') }, facts, lessons } };
}

function compareDates(a: { year: number; month?: number; day?: number }, b: typeof a): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** `file:line: message`, the form every error is printed in. */
export function formatCompileError(error: CompileError, root = ''): string {
  const file = root ? `${root}/${error.file}` : error.file;
  return `${file}${error.line !== undefined ? `:${error.line}` : ''}: ${error.message}`;
}
