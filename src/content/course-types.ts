/**
 * The typed course the app loads. Produced at build time by `compileCourse` from the
 * Markdown and YAML files under `courses/`; never written by hand.
 */

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export type LocalizedText = Record<Lang, string>;

/** Inline content of a paragraph, list item or heading. */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'break' }
  /** A glossary term; `interactive` is true for its first use in a section. */
  | { type: 'term'; termId: string; text: string; interactive: boolean }
  | { type: 'link'; target: LessonRef; children: Inline[] };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Block[][] };

export type SectionKind = 'content' | 'key-points' | 'key-dates';

export interface Section {
  id: string;
  level: 2 | 3;
  kind: SectionKind;
  title: Inline[];
  /** Heading text without markup, for tables of contents and page titles. */
  plainTitle: string;
  blocks: Block[];
}

export interface LessonRef {
  unitId: string;
  lessonId: string;
  sectionId?: string;
}

export interface GlossaryTerm {
  id: string;
  abbr: string;
  expansion: string;
  definition: string;
  wellKnown: boolean;
}

export interface SourceRef {
  document: string;
  /** The source document's own (French) headings, verbatim. */
  sections: string[];
}

export interface Lesson {
  id: string;
  unitId: string;
  lang: Lang;
  title: string;
  summary: string;
  objectives: Inline[][];
  source: SourceRef;
  sections: Section[];
  /** The glossary entries this lesson uses, so a lesson renders on its own. */
  glossary: Record<string, GlossaryTerm>;
  wordCount: number;
  readingMinutes: number;
}

export interface LessonSummary {
  id: string;
  unitId: string;
  title: string;
  summary: string;
  readingMinutes: number;
  sections: { id: string; level: 2 | 3; title: string }[];
}

export interface Unit {
  id: string;
  title: string;
  lessons: LessonSummary[];
}

export interface Theme {
  id: string;
  label: string;
}

export interface SourceDocument {
  id: string;
  file: string;
  title: string;
}

/** A calendar date at the precision the source gives it. */
export interface FactDate {
  year: number;
  month?: number;
  day?: number;
}

export interface CourseEvent {
  id: string;
  date: FactDate;
  end?: FactDate;
  qualifier?: 'mid';
  series?: string;
  theme: string;
  section: LessonRef;
  label: string;
}

/** Everything the course home, chronology and glossary pages need, in one language. */
export interface CourseOutline {
  id: string;
  lang: Lang;
  title: string;
  description: string;
  units: Unit[];
  themes: Theme[];
  sources: SourceDocument[];
  glossary: GlossaryTerm[];
  /** Notions explained by the course (not source facts): shown on the glossary page, never asked. */
  concepts: ConceptNote[];
  events: CourseEvent[];
}

/** A notion the course explains in its own words; `basis` says it is explanation, not a source fact. */
export interface ConceptNote {
  id: string;
  basis: 'explanation';
  term: string;
  note: string;
  /** Lesson sections that use the notion. */
  sections: LessonRef[];
}

export type EntityKind = 'programme' | 'operation' | 'exercise' | 'policy' | 'body' | 'centre' | 'organisation' | 'person';

/** The quiz fact base, both languages side by side so that questions match across them. */
export interface FactBase {
  /** `series`: events repeating one thing on different dates; never compare them with each other or cross their dates. */
  /** `lasting`: the label states something true from that date on; never moved to make a false statement, never asked against later years. */
  /** `yearKnown`: its year is general knowledge (or follows from it): never asked for its year, nor in a true/false statement. `dateKnown`: its whole date is: no date question at all. */
  events: { id: string; date: FactDate; end?: FactDate; qualifier?: 'mid'; series?: string; lasting?: true; yearKnown?: true; dateKnown?: true; covers?: string[]; theme: string; section: LessonRef; label: LocalizedText }[];
  entities: {
    id: string;
    kind: EntityKind;
    name: LocalizedText;
    termId?: string;
    purpose?: LocalizedText;
    location?: { city: LocalizedText; country: LocalizedText };
    /** Knowledge shared with other facts: a quiz never asks two items covering one key. */
    covers?: string[];
    /** `false`: the name, or general knowledge, gives the purpose away: no purpose question. */
    purposeAsked?: false;
    /** `false`: the name gives the place away: no location question. */
    locationAsked?: false;
    section: LessonRef;
  }[];
  /** `hedge`: the source gives the number approximately or as a floor; never ask it as an exact number. */
  /** `names`: the number is part of a name (a resolution), not a count: never made false by another number. */
  figures: { id: string; value: number; statement: LocalizedText; hedge?: 'approx' | 'above'; wording?: LocalizedText; covers?: string[]; asked?: false; names?: true; section: LessonRef }[];
  /** `distractors`: wrong answers written for the list (plausible, of its kind, certainly not in it); a list without them is never asked as a question. */
  sets: { id: string; group: string; kind?: string; prompt: LocalizedText; members: LocalizedText[]; distractors?: LocalizedText[]; covers?: string[]; asked?: false; section: LessonRef }[];
  /** Glossary terms with the lesson section where the course first uses them. */
  terms: { id: string; abbr: LocalizedText; expansion: LocalizedText; section: LessonRef }[];
  /** Authored scenario items (`scenarios/*.yaml`); absent from fact bases built without them. */
  scenarios?: Scenario[];
  /** Lessons in course order, with their titles, for quiz scopes and links back. */
  /** Every lesson in course order; `document` is the source document it is written from (course.yaml `sources`), when known. */
  lessons: { unitId: string; lessonId: string; title: LocalizedText; unitTitle: LocalizedText; document?: string }[];
}

/** An authored application item: choose the body, programme or partner that fits a situation. */
export interface Scenario {
  id: string;
  /** The lesson it belongs to (its check, its unit's quiz). */
  lesson: { unitId: string; lessonId: string };
  /** Every section it rests on, the lesson's own first. */
  sections: LessonRef[];
  /** Fact references, `kind:id` (`entity:dexter`). */
  facts: string[];
  situation: LocalizedText;
  question: LocalizedText;
  /** The key first, then the distractors, each with the reason it does not fit. */
  key: LocalizedText;
  distractors: { text: LocalizedText; reason: LocalizedText }[];
  explanation: LocalizedText;
}

export type FactEvent = FactBase['events'][number];
export type FactEntity = FactBase['entities'][number];
export type FactFigure = FactBase['figures'][number];
export type FactSet = FactBase['sets'][number];
export type FactTerm = FactBase['terms'][number];

export interface CompiledCourse {
  id: string;
  outlines: Record<Lang, CourseOutline>;
  facts: FactBase;
  /** Keyed by `lessonKey(lang, unitId, lessonId)`. */
  lessons: Record<string, Lesson>;
}

export interface CompileError {
  file: string;
  line?: number;
  message: string;
}

export type CompileResult = { ok: true; course: CompiledCourse } | { ok: false; errors: CompileError[] };

export function lessonKey(lang: Lang, unitId: string, lessonId: string): string {
  return `${lang}/${unitId}/${lessonId}`;
}

export function isLang(value: unknown): value is Lang {
  return value === 'fr' || value === 'en';
}
