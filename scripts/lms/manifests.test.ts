import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cmi5CourseStructure, scorm12Manifest, scorm2004Manifest, type PackageInfo } from './manifests.ts';
import { packageInfo } from './package-info.ts';

const XMLLINT = '/usr/bin/xmllint';
const SCHEMAS = {
  cmi5: 'schemas/lms/cmi5/CourseStructure.xsd',
  scorm2004: 'schemas/lms/scorm2004/all.xsd',
  scorm12: 'schemas/lms/scorm12/all.xsd',
} as const;

const dir = mkdtempSync(join(tmpdir(), 'sentinelle-manifests-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** xmllint's verdict on a document against one of the official schemas (offline: --nonet). */
function validate(kind: keyof typeof SCHEMAS, xml: string): { valid: boolean; output: string } {
  const file = join(dir, `${kind}-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  try {
    const output = execFileSync(XMLLINT, ['--noout', '--nonet', '--schema', SCHEMAS[kind], file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { valid: true, output };
  } catch (error) {
    const failure = error as { status?: number; stderr?: string; code?: string };
    if (failure.code === 'ENOENT') throw new Error(`${XMLLINT} is missing: install libxml2-utils (npm test does it: scripts/setup.mjs)`, { cause: error });
    return { valid: false, output: String(failure.stderr) };
  }
}

// A package's file list as the build gives it, with names that need escaping in XML.
const info: PackageInfo = packageInfo(['index.html', 'favicon.svg', 'assets/app-x1.js', 'assets/app-x1.css', 'assets/lesson&quiz<1>.js'], '0.1.0');

describe('LMS manifests', () => {
  it('cmi5.xml is valid against the cmi5 CourseStructure schema', () => {
    const result = validate('cmi5', cmi5CourseStructure(info));
    expect(result.output).toBe('');
    expect(result.valid).toBe(true);
  });

  it('the SCORM 2004 4th edition imsmanifest.xml is valid against its schemas', () => {
    expect(validate('scorm2004', scorm2004Manifest(info))).toEqual({ valid: true, output: '' });
  });

  it('the SCORM 1.2 imsmanifest.xml is valid against its schemas', () => {
    expect(validate('scorm12', scorm12Manifest(info)).valid).toBe(true);
  });

  it('the schema check refuses what the schemas forbid', () => {
    expect(validate('cmi5', cmi5CourseStructure({ ...info, masteryScore: 80 })).valid).toBe(false);
    expect(validate('cmi5', cmi5CourseStructure(info).replace('moveOn="CompletedAndPassed"', 'moveOn="Finished"')).valid).toBe(false);
    expect(validate('scorm2004', scorm2004Manifest(info).replace('adlcp:scormType="sco"', 'adlcp:scormType="lesson"')).valid).toBe(false);
    expect(validate('scorm12', scorm12Manifest(info).replace('<organizations', '<organisation').replace('</organizations', '</organisation')).valid).toBe(false);
  });

  it('gives the course one AU that moves on when completed and passed at the final assessment’s pass mark', () => {
    const xml = cmi5CourseStructure(info);
    expect(xml).toContain('moveOn="CompletedAndPassed" masteryScore="0.8"');
    expect(xml).toContain('<url>index.html</url>');
    expect(scorm12Manifest(info)).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
  });

  it('titles and describes the course in French and English in every manifest', () => {
    for (const xml of [cmi5CourseStructure(info), scorm2004Manifest(info), scorm12Manifest(info)]) {
      expect(xml).toContain('L’OTAN et la lutte contre le terrorisme');
      expect(xml).toContain('NATO and the fight against terrorism');
      expect(xml).toContain('Un module de formation bilingue');
      expect(xml).toContain('A bilingual training module');
    }
  });

  it('lists every file of the app in the SCORM resource, escaped', () => {
    for (const xml of [scorm2004Manifest(info), scorm12Manifest(info)]) {
      expect(xml).toContain('<file href="assets/lesson&amp;quiz&lt;1&gt;.js"/>');
      expect(xml.match(/<file href=/g)).toHaveLength(info.files.length);
    }
  });
});
