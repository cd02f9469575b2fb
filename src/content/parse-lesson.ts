/**
 * Turns one lesson Markdown file into sections of the small typed tree the app renders.
 * Only the Markdown listed in courses/README.md is accepted; anything else is an error
 * with its line, so that nothing reaches the reader that the renderer cannot show.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { Heading, List, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Block, CompileError, GlossaryTerm, Inline, LessonRef, Section } from './course-types.ts';
import { frontMatterSchema, type FrontMatter } from './course-schemas.ts';
import { frenchSpacing } from './french-typography.ts';
import { APPLICATION_VERBS, isApplicationObjective } from './application-verbs.ts';
import { createTermScanner, normalizeForComparison } from './glossary.ts';
import { parseYaml } from './yaml-source.ts';

export interface LessonLink {
  target: LessonRef;
  line: number;
}

export interface ParsedLesson {
  frontMatter: FrontMatter;
  objectives: Inline[][];
  sections: Section[];
  /** Line of each section heading, by section id. */
  sectionLines: Map<string, number>;
  links: LessonLink[];
  usedTerms: Set<string>;
  wordCount: number;
}

const UNSUPPORTED: Record<string, string> = {
  image: 'images',
  imageReference: 'images',
  html: 'raw HTML',
  code: 'code blocks',
  inlineCode: 'inline code',
  blockquote: 'quotes',
  thematicBreak: 'horizontal rules',
  definition: 'link reference definitions',
  linkReference: 'reference links',
  table: 'tables',
  footnoteReference: 'footnotes',
  footnoteDefinition: 'footnotes',
};

const ID_SUFFIX = /\s*\{#([^}]*)\}\s*$/;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function plainText(nodes: PhrasingContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if ('children' in node) return plainText(node.children as PhrasingContent[]);
      if (node.type === 'break') return ' ';
      return '';
    })
    .join('');
}

function inlinePlainText(nodes: Inline[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.type === 'term') return node.text;
      if (node.type === 'break') return ' ';
      return inlinePlainText(node.children);
    })
    .join('');
}

function countWords(value: string): number {
  return value.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Parses `lesson:unit/lesson#section` links. */
export function parseLessonHref(href: string): LessonRef | null {
  const match = /^lesson:([a-z0-9-]+)\/([a-z0-9-]+)(?:#([a-z0-9-]+))?$/.exec(href);
  if (!match?.[1] || !match[2]) return null;
  return match[3] ? { unitId: match[1], lessonId: match[2], sectionId: match[3] } : { unitId: match[1], lessonId: match[2] };
}

/** Parses a lesson file written in `glossary`'s language. */
export function parseLesson(
  file: string,
  text: string,
  glossary: GlossaryTerm[],
  lang?: 'fr' | 'en',
): { ok: true; lesson: ParsedLesson } | { ok: false; errors: CompileError[] } {
  const errors: CompileError[] = [];
  const fail = (line: number | undefined, message: string) => errors.push({ file, line, message });
  const terms = new Map(glossary.map((term) => [term.id, term]));
  const scan = createTermScanner(glossary);

  const tree = fromMarkdown(text, { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] });
  const [first, ...body] = tree.children;
  if (first?.type !== 'yaml') {
    return { ok: false, errors: [{ file, line: 1, message: 'missing front matter (a --- YAML block with title, summary, objectives, source)' }] };
  }
  const yamlStart = first.position?.start.line ?? 1;
  const front = parseYaml(file, first.value, frontMatterSchema);
  if (!front.ok) {
    return { ok: false, errors: front.errors.map((error) => ({ ...error, line: (error.line ?? 1) + yamlStart })) };
  }

  const usedTerms = new Set<string>();
  const seenInLesson = new Set<string>();
  let seenInSection = new Set<string>();
  const links: LessonLink[] = [];
  let words = countWords(front.value.title);

  const reportUnknown = (line: number | undefined, unknown: string[]) => {
    for (const word of new Set(unknown)) fail(line, `acronym "${word}" is used but not defined in the glossary`);
  };

  /** Converts phrasing content; `blockText` is the text of the enclosing paragraph or heading. */
  const convertInline = (nodes: PhrasingContent[], blockText: string, context: 'body' | 'heading'): Inline[] => {
    const out: Inline[] = [];
    for (const node of nodes) {
      const line = node.position?.start.line;
      switch (node.type) {
        case 'text': {
          const { parts, unknown } = scan(lang === 'fr' ? frenchSpacing(node.value) : node.value);
          reportUnknown(line, unknown);
          for (const part of parts) {
            if (part.kind === 'text') {
              out.push({ type: 'text', value: part.value });
              continue;
            }
            const term = terms.get(part.termId);
            usedTerms.add(part.termId);
            if (context === 'body' && term && !seenInLesson.has(term.id)) {
              seenInLesson.add(term.id);
              if (!term.wellKnown && !normalizeForComparison(blockText).includes(normalizeForComparison(term.expansion))) {
                fail(line, `first use of "${term.abbr}" in this lesson must come with its expansion "${term.expansion}" in the same paragraph`);
              }
            }
            const interactive = context === 'body' && term?.wellKnown !== true && !seenInSection.has(part.termId);
            if (interactive) seenInSection.add(part.termId);
            out.push({ type: 'term', termId: part.termId, text: part.value, interactive });
          }
          break;
        }
        case 'strong':
        case 'emphasis':
          out.push({ type: node.type, children: convertInline(node.children, blockText, context) });
          break;
        case 'break':
          out.push({ type: 'break' });
          break;
        case 'link': {
          const target = parseLessonHref(node.url);
          if (!target) {
            fail(line, `unsupported link "${node.url}": only links to lessons (lesson:unit-id/lesson-id#section-id) are allowed`);
            break;
          }
          links.push({ target, line: line ?? 0 });
          out.push({ type: 'link', target, children: convertInline(node.children, blockText, context) });
          break;
        }
        default:
          fail(line, `unsupported Markdown: ${UNSUPPORTED[node.type] ?? node.type}`);
      }
    }
    return out;
  };

  const convertParagraph = (node: Paragraph): Block => {
    const blockText = plainText(node.children);
    words += countWords(blockText);
    return { type: 'paragraph', children: convertInline(node.children, blockText, 'body') };
  };

  const convertList = (node: List): Block => ({
    type: 'list',
    ordered: node.ordered === true,
    items: node.children.map((item) =>
      item.children.flatMap((child): Block[] => {
        if (child.type === 'paragraph') return [convertParagraph(child)];
        if (child.type === 'list') return [convertList(child)];
        fail(child.position?.start.line, `unsupported Markdown in a list item: ${UNSUPPORTED[child.type] ?? child.type}`);
        return [];
      }),
    ),
  });

  if (lang && !front.value.objectives.some((objective) => isApplicationObjective(objective, lang))) {
    const line = front.lineOf(['objectives']);
    fail(line === undefined ? undefined : line + yamlStart, `no objective at application level: start at least one with ${APPLICATION_VERBS[lang].map((verb) => `"${verb}"`).join(', ')} (src/content/application-verbs.ts)`);
  }
  const objectives = front.value.objectives.map((objective, index) => {
    const { parts, unknown } = scan(objective);
    reportUnknown(front.lineOf(['objectives', index]), unknown);
    words += countWords(objective);
    return parts.map((part): Inline => {
      if (part.kind === 'text') return { type: 'text', value: part.value };
      usedTerms.add(part.termId);
      return { type: 'term', termId: part.termId, text: part.value, interactive: false };
    });
  });
  for (const [field, value] of [['title', front.value.title], ['summary', front.value.summary]] as const) {
    reportUnknown(front.lineOf([field]), scan(value).unknown);
  }

  const sections: Section[] = [];
  const sectionLines = new Map<string, number>();
  const convertHeading = (node: Heading): Section | null => {
    const line = node.position?.start.line;
    if (node.depth !== 2 && node.depth !== 3) {
      fail(line, `unsupported heading level ${node.depth}: use ## for sections and ### for subsections`);
      return null;
    }
    const children = [...node.children];
    const last = children.at(-1);
    const idMatch = last?.type === 'text' ? ID_SUFFIX.exec(last.value) : null;
    if (!last || last.type !== 'text' || !idMatch) {
      fail(line, 'heading has no section id: end it with {#kebab-case-id}');
      return null;
    }
    const id = idMatch[1] ?? '';
    if (!KEBAB.test(id)) fail(line, `section id "${id}" must be kebab-case (a-z, 0-9, hyphens)`);
    if (sectionLines.has(id)) fail(line, `section id "${id}" is used twice in this lesson`);
    sectionLines.set(id, line ?? 0);
    children[children.length - 1] = { ...last, value: last.value.replace(ID_SUFFIX, '') };
    const headingText = plainText(children);
    words += countWords(headingText);
    if (node.depth === 2) seenInSection = new Set();
    const title = convertInline(children, headingText, 'heading');
    const kind = id === 'key-points' ? 'key-points' : id === 'key-dates' ? 'key-dates' : 'content';
    if (kind !== 'content' && node.depth !== 2) fail(line, `the ${id} section must be a ## heading`);
    return { id, level: node.depth, kind, title, plainTitle: inlinePlainText(title), blocks: [] };
  };

  for (const node of body as RootContent[]) {
    const line = node.position?.start.line;
    if (node.type === 'heading') {
      const section = convertHeading(node);
      if (section) sections.push(section);
      continue;
    }
    const current = sections.at(-1);
    if (!current) {
      fail(line, 'text before the first ## section: every paragraph belongs to a section');
      continue;
    }
    if (node.type === 'paragraph') current.blocks.push(convertParagraph(node));
    else if (node.type === 'list') current.blocks.push(convertList(node));
    else fail(line, `unsupported Markdown: ${UNSUPPORTED[node.type] ?? node.type}`);
  }

  validateSections(sections, sectionLines, (line, message) => fail(line, message));
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    lesson: { frontMatter: front.value, objectives, sections, sectionLines, links, usedTerms, wordCount: words },
  };
}

function validateSections(
  sections: Section[],
  lines: Map<string, number>,
  fail: (line: number | undefined, message: string) => void,
) {
  if (sections.filter((section) => section.kind === 'content').length === 0) {
    fail(1, 'the lesson has no content section');
  }
  const keyPoints = sections.find((section) => section.kind === 'key-points');
  if (!keyPoints) {
    fail(1, 'missing the key points section (## … {#key-points})');
  } else if (keyPoints.blocks.length !== 1 || keyPoints.blocks[0]?.type !== 'list') {
    fail(lines.get('key-points'), 'the key-points section must be a single bullet list');
  }
  const keyDates = sections.find((section) => section.kind === 'key-dates');
  if (keyDates) {
    const list = keyDates.blocks[0];
    if (keyDates.blocks.length !== 1 || list?.type !== 'list') {
      fail(lines.get('key-dates'), 'the key-dates section must be a single bullet list');
    } else {
      list.items.forEach((item) => {
        const firstBlock = item[0];
        const firstInline = firstBlock?.type === 'paragraph' ? firstBlock.children[0] : undefined;
        if (firstInline?.type !== 'strong') fail(lines.get('key-dates'), 'each key date must start with the date in bold (**2004** : …)');
      });
    }
  }
}
