/**
 * Compiles `courses/` at build time and serves the result as virtual modules: one small
 * index of loaders, then one lazily loaded chunk per outline and per lesson and language.
 * A course error fails the build with every `file:line: message`.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileCourse, formatCompileError } from '../src/content/compile-course.ts';
import type { CompiledCourse } from '../src/content/course-types.ts';
import { COURSE_ID, COURSES_DIR, readCourseFiles } from './course-files.ts';

const INDEX_ID = 'virtual:course';
const PREFIX = `${INDEX_ID}/`;

function asModule(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
}

export function coursePlugin(): Plugin {
  const courseDir = join(COURSES_DIR, COURSE_ID);
  let cache: { course: CompiledCourse; version: string } | null = null;

  const compile = () => {
    if (cache) return cache;
    const files = readCourseFiles(courseDir);
    const result = compileCourse(files);
    if (!result.ok) {
      const lines = result.errors.map((error) => formatCompileError(error, courseDir));
      throw new Error(`The course has ${result.errors.length} problem(s):\n${lines.join('\n')}`);
    }
    const hash = createHash('sha256');
    for (const path of Object.keys(files).sort()) hash.update(path).update('\0').update(files[path] ?? '').update('\0');
    cache = { course: result.course, version: hash.digest('hex') };
    return cache;
  };

  return {
    name: 'sentinelle-course',
    buildStart() {
      this.addWatchFile(resolve(courseDir));
      try {
        compile();
      } catch (error) {
        this.error((error as Error).message);
      }
    },
    resolveId(id) {
      return id === INDEX_ID || id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${INDEX_ID}`)) return null;
      const { course, version } = compile();
      const name = id.slice(1);
      if (name === INDEX_ID) {
        const outlines = Object.keys(course.outlines).map((lang) => `${JSON.stringify(lang)}: () => import(${JSON.stringify(`${PREFIX}outline/${lang}`)})`);
        const lessons = Object.keys(course.lessons).map((key) => `${JSON.stringify(key)}: () => import(${JSON.stringify(`${PREFIX}lesson/${key}`)})`);
        return [
          `export const courseId = ${JSON.stringify(course.id)};`,
          `export const contentVersion = ${JSON.stringify(version)};`,
          `export const outlineLoaders = {${outlines.join(',')}};`,
          `export const lessonLoaders = {${lessons.join(',')}};`,
          `export const loadFacts = () => import(${JSON.stringify(`${PREFIX}facts`)});`,
        ].join('\n');
      }
      if (name === `${PREFIX}facts`) return asModule(course.facts);
      if (name.startsWith(`${PREFIX}outline/`)) return asModule(course.outlines[name.slice(`${PREFIX}outline/`.length) as 'fr' | 'en']);
      if (name.startsWith(`${PREFIX}lesson/`)) return asModule(course.lessons[name.slice(`${PREFIX}lesson/`.length)]);
      return null;
    },
    configureServer(server) {
      server.watcher.add(resolve(courseDir));
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(resolve(courseDir))) return;
        cache = null;
        for (const module of server.moduleGraph.getModulesByFile(path) ?? []) server.moduleGraph.invalidateModule(module);
        server.moduleGraph.idToModuleMap.forEach((module, id) => {
          if (id.startsWith(`\0${INDEX_ID}`)) server.moduleGraph.invalidateModule(module);
        });
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
