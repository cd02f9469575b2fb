/**
 * Reads a YAML course file and validates it against a zod schema, turning every
 * problem into a `CompileError` that names the file and the line.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import type { CompileError } from './course-types.ts';

export type Parsed<T> = { ok: true; value: T; lineOf: (path: (string | number)[]) => number | undefined } | { ok: false; errors: CompileError[] };

function lineFinder(doc: Document, counter: LineCounter) {
  return (path: (string | number)[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node: unknown = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

/** Parses `text` as YAML and checks it with `schema`. */
export function parseYaml<S extends z.ZodType>(file: string, text: string, schema: S): Parsed<z.infer<S>> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((error) => ({
        file,
        line: counter.linePos(error.pos[0]).line,
        message: `invalid YAML: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  const lineOf = lineFinder(doc, counter);
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    return {
      ok: false,
      errors: result.error.issues.map((issue) => {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        const where = path.length > 0 ? `${path.join('.')}: ` : '';
        return { file, line: lineOf(path), message: `${where}${issue.message}` };
      }),
    };
  }
  return { ok: true, value: result.data as z.infer<S>, lineOf };
}
