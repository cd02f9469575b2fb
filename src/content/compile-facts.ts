/**
 * The quiz fact base: events, entities, figures and sets from `facts/*.yaml`, each checked
 * against the lesson section it cites (in both languages), plus where each glossary term is
 * first taught. Pure, like the rest of the compiler.
 */
import { LANGS, lessonKey, type Block, type CompileError, type FactBase, type Inline, type Lang, type Lesson, type LessonRef, type Section } from './course-types.ts';
import {
  entitiesFileSchema,
  eventsFileSchema,
  figuresFileSchema,
  setsFileSchema,
  type CourseManifest,
  type GlossaryEntry,
} from './course-schemas.ts';
import { parseFactDate, textStatesDate } from './fact-dates.ts';
import { textStatesNumber } from './fact-numbers.ts';
import { normalizeForComparison } from './glossary.ts';
import { parseYaml } from './yaml-source.ts';
import type { z } from 'zod';

const LANGUAGE_NAMES: Record<Lang, string> = { fr: 'French', en: 'English' };

export interface FactsInput {
  files: Record<string, string>;
  manifest: CourseManifest;
  glossary: GlossaryEntry[];
  lessons: Record<string, Lesson>;
  /** Lessons that failed to parse: their errors are already reported. */
  unparsed: Set<string>;
  errors: CompileError[];
}

function inlineText(nodes: Inline[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : node.type === 'term' ? node.text : node.type === 'break' ? ' ' : inlineText(node.children))).join('');
}

function blocksText(blocks: Block[]): string {
  return blocks.map((block) => (block.type === 'paragraph' ? inlineText(block.children) : block.items.map(blocksText).join(' '))).join(' ');
}

/** The text of a section and of the subsections under it. */
export function sectionText(sections: Section[], id: string): string | null {
  const start = sections.findIndex((section) => section.id === id);
  const head = sections[start];
  if (!head) return null;
  const parts = [`${head.plainTitle} ${blocksText(head.blocks)}`];
  for (const next of sections.slice(start + 1)) {
    if (next.level <= head.level) break;
    parts.push(`${next.plainTitle} ${blocksText(next.blocks)}`);
  }
  return parts.join(' ');
}

function parseRef(ref: string): LessonRef {
  const [unitId = '', rest = ''] = ref.split('/');
  const [lessonId = '', sectionId = ''] = rest.split('#');
  return { unitId, lessonId, sectionId };
}

/** Whether `part` stands in `text` as whole words (so that "UN" is not found in "under"). */
function containsWords(text: string, part: string): boolean {
  const escaped = normalizeForComparison(part).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(normalizeForComparison(text));
}

/** Capitalised words and acronyms of a name ("Active", "Endeavour", "UAS"): what must appear. */
const properWords = (name: string) => name.split(/[\s’']+/u).filter((word) => /^\p{Lu}/u.test(word) || /\d/.test(word));

function namesEntity(text: string, name: string): boolean {
  if (contains(text, name)) return true;
  const words = properWords(name);
  return words.length > 0 && words.every((word) => contains(text, word.replace(/[,.;:]$/, '')));
}

const withoutArticle = (value: string) => value.replace(/^(le |la |les |l['’]|the )/iu, '');
/** The languages whose section text is available, with that text. */
const texts = (text: Partial<Record<Lang, string>>) => LANGS.flatMap((lang) => (text[lang] === undefined ? [] : [[lang, text[lang]] as const]));

const contains = (text: string, part: string) => normalizeForComparison(text).includes(normalizeForComparison(part));

const HEDGES: Record<Lang, RegExp> = {
  fr: /(?<![\p{L}])(plus de|plus d['’]une?|au moins|presque|près de|près d['’]une?|environ|quelque)\s*$/iu,
  en: /(?<![\p{L}])(more than|over|at least|nearly|almost|about|around|some)\s*$/iu,
};

/** The hedge word just before `{n}` in a figure statement ("près de {n}"), if any. */
export function statedHedge(statement: string, lang: Lang): string | null {
  return HEDGES[lang].exec(statement.slice(0, statement.indexOf('{n}')))?.[1] ?? null;
}

/** Reads one facts file; each entry is then checked against its section in both languages. */
function eachEntry<S extends z.ZodType<{ id: string; section: string }[]>>(
  input: FactsInput,
  kind: string,
  path: string,
  schema: S,
  check: (entry: z.infer<S>[number], text: Partial<Record<Lang, string>>, fail: (message: string) => void) => void,
): z.infer<S> {
  const source = input.files[path];
  if (source === undefined) return [] as z.infer<S>;
  const parsed = parseYaml(path, source, schema);
  if (!parsed.ok) {
    input.errors.push(...parsed.errors);
    return [] as z.infer<S>;
  }
  const ids = new Set<string>();
  parsed.value.forEach((entry, index) => {
    const fail = (message: string) => input.errors.push({ file: path, line: parsed.lineOf([index]), message: `${kind} "${entry.id}": ${message}` });
    if (ids.has(entry.id)) fail('id is used twice');
    ids.add(entry.id);
    const ref = parseRef(entry.section);
    const text: Partial<Record<Lang, string>> = {};
    for (const lang of LANGS) {
      const key = lessonKey(lang, ref.unitId, ref.lessonId);
      if (input.unparsed.has(key)) continue;
      const lesson = input.lessons[key];
      const found = lesson ? sectionText(lesson.sections, ref.sectionId ?? '') : null;
      if (found === null) fail(`section ${entry.section} does not exist in ${LANGUAGE_NAMES[lang]}`);
      else text[lang] = found;
    }
    check(entry, text, fail);
  });
  return parsed.value;
}

function firstUses(input: FactsInput): Map<string, LessonRef> {
  const first = new Map<string, LessonRef>();
  const visit = (nodes: Inline[], ref: LessonRef) => {
    for (const node of nodes) {
      if (node.type === 'term' && !first.has(node.termId)) first.set(node.termId, ref);
      else if (node.type === 'strong' || node.type === 'emphasis' || node.type === 'link') visit(node.children, ref);
    }
  };
  const visitBlocks = (blocks: Block[], ref: LessonRef) => {
    for (const block of blocks) {
      if (block.type === 'paragraph') visit(block.children, ref);
      else block.items.forEach((item) => visitBlocks(item, ref));
    }
  };
  for (const unit of input.manifest.units) {
    for (const lessonId of unit.lessons) {
      const lesson = input.lessons[lessonKey('fr', unit.id, lessonId)];
      for (const section of lesson?.sections ?? []) visitBlocks(section.blocks, { unitId: unit.id, lessonId, sectionId: section.id });
    }
  }
  return first;
}

/** Compiles `facts/*.yaml` into the bilingual fact base. */
export function compileFacts(input: FactsInput): FactBase {
  const themes = new Set(input.manifest.themes.map((theme) => theme.id));
  const termIds = new Set(input.glossary.map((entry) => entry.id));

  const events = eachEntry(input, 'event', 'facts/events.yaml', eventsFileSchema, (event, text, fail) => {
    if (!themes.has(event.theme)) fail(`unknown theme "${event.theme}" (themes: ${[...themes].join(', ')})`);
    if (event.end && event.end <= event.date) fail('end must come after date');
    for (const [lang, sectionText] of texts(text)) {
      if (!textStatesDate(sectionText, parseFactDate(event.date), lang)) fail(`the ${LANGUAGE_NAMES[lang]} text of ${event.section} does not state the date ${event.date}`);
      if (event.end && !textStatesDate(sectionText, { year: parseFactDate(event.end).year }, lang)) {
        fail(`the ${LANGUAGE_NAMES[lang]} text of ${event.section} does not state the end year ${parseFactDate(event.end).year}`);
      }
    }
  });

  const seriesCount = new Map<string, number>();
  for (const event of events) if (event.series) seriesCount.set(event.series, (seriesCount.get(event.series) ?? 0) + 1);
  for (const [series, count] of seriesCount) {
    if (count < 2) input.errors.push({ file: 'facts/events.yaml', message: `series "${series}" has a single event: a series groups events that repeat one thing on different dates` });
  }

  const entities = eachEntry(input, 'entity', 'facts/entities.yaml', entitiesFileSchema, (entity, text, fail) => {
    if (entity.term && !termIds.has(entity.term)) fail(`unknown glossary term "${entity.term}"`);
    const term = input.glossary.find((entry) => entry.id === entity.term);
    for (const [lang, sectionText] of texts(text)) {
      const name = withoutArticle(entity.name[lang]);
      if (!namesEntity(sectionText, name) && !(term && sectionText.includes(term[lang].abbr))) {
        fail(`the ${LANGUAGE_NAMES[lang]} text of ${entity.section} does not name "${name}"`);
      }
      if (entity.location && !contains(sectionText, entity.location.city[lang])) {
        fail(`the ${LANGUAGE_NAMES[lang]} text of ${entity.section} does not state the city "${entity.location.city[lang]}"`);
      }
      const purpose = entity.purpose?.[lang];
      if (purpose && (containsWords(purpose, name) || (term && containsWords(purpose, term[lang].abbr)))) {
        fail(`the ${LANGUAGE_NAMES[lang]} purpose gives away the name: write it without "${name}"`);
      }
    }
  });

  const figures = eachEntry(input, 'figure', 'facts/figures.yaml', figuresFileSchema, (figure, text, fail) => {
    for (const lang of LANGS) {
      const stated = statedHedge(figure.statement[lang], lang);
      if (stated && !figure.hedge) fail(`the ${LANGUAGE_NAMES[lang]} statement is hedged ("${stated}"): mark the figure with hedge: approx or above, and give the source's wording`);
      if (figure.hedge && !stated) fail(`the figure is marked hedge: ${figure.hedge}, but the ${LANGUAGE_NAMES[lang]} statement does not keep the hedge before {n}`);
    }
    if (figure.hedge && !figure.wording) fail(`a hedged figure needs the source's wording (wording: { fr, en }), as the lesson states it`);
    for (const [lang, sectionText] of texts(text)) {
      if (!textStatesNumber(sectionText, figure.value, lang)) fail(`the ${LANGUAGE_NAMES[lang]} text of ${figure.section} does not state the number ${figure.value}`);
      const wording = figure.wording?.[lang];
      if (wording && !contains(sectionText, wording)) fail(`the ${LANGUAGE_NAMES[lang]} text of ${figure.section} does not state the source's wording "${wording}"`);
    }
  });

  const sets = eachEntry(input, 'set', 'facts/sets.yaml', setsFileSchema, () => undefined);
  const groups = new Map<string, typeof sets>();
  for (const set of sets) groups.set(set.group, [...(groups.get(set.group) ?? []), set]);
  for (const [group, members] of groups) {
    for (const set of members) {
      if (!members.some((other) => other !== set && other.kind === set.kind)) {
        const kind = set.kind ? ` of kind "${set.kind}"` : '';
        input.errors.push({ file: 'facts/sets.yaml', message: `group "${group}" has a single set${kind} (${set.id}): its questions would have no distractors` });
      }
    }
    for (const lang of LANGS) {
      const seen = new Set<string>();
      for (const member of members.flatMap((set) => set.members)) {
        const key = normalizeForComparison(member[lang]);
        if (seen.has(key)) input.errors.push({ file: 'facts/sets.yaml', message: `group "${group}": "${member[lang]}" appears twice, so it could be both right and wrong` });
        seen.add(key);
      }
    }
  }

  const firstUse = firstUses(input);
  const lessonOrder = input.manifest.units.flatMap((unit) =>
    unit.lessons.map((lessonId) => ({
      unitId: unit.id,
      lessonId,
      unitTitle: unit.title,
      title: { fr: input.lessons[lessonKey('fr', unit.id, lessonId)]?.title ?? '', en: input.lessons[lessonKey('en', unit.id, lessonId)]?.title ?? '' },
      ...(input.lessons[lessonKey('fr', unit.id, lessonId)]?.source.document ? { document: input.lessons[lessonKey('fr', unit.id, lessonId)]?.source.document } : {}),
    })),
  );

  return {
    events: events.map((event) => ({
      id: event.id,
      date: parseFactDate(event.date),
      ...(event.end ? { end: parseFactDate(event.end) } : {}),
      ...(event.qualifier ? { qualifier: event.qualifier } : {}),
      ...(event.series ? { series: event.series } : {}),
      ...(event.lasting ? { lasting: true as const } : {}),
      ...(event.yearKnown || event.dateKnown ? { yearKnown: true as const } : {}),
      ...(event.dateKnown ? { dateKnown: true as const } : {}),
      ...(event.covers ? { covers: event.covers } : {}),
      theme: event.theme,
      section: parseRef(event.section),
      label: { fr: event.fr, en: event.en },
    })),
    entities: entities.map(({ term, section, ...entity }) => ({ ...entity, ...(term ? { termId: term } : {}), section: parseRef(section) })),
    figures: figures.map((figure) => ({ ...figure, section: parseRef(figure.section) })),
    sets: sets.map((set) => ({ ...set, section: parseRef(set.section) })),
    terms: input.glossary.flatMap((entry) => {
      const section = firstUse.get(entry.id);
      return section && !entry.wellKnown
        ? [{ id: entry.id, abbr: { fr: entry.fr.abbr, en: entry.en.abbr }, expansion: { fr: entry.fr.expansion, en: entry.en.expansion }, section }]
        : [];
    }),
    lessons: lessonOrder,
  };
}
