import { describe, expect, it } from 'vitest';
import { cmi5LearnerDatabase, identityHash, LMS_DATABASE_PREFIX, scormLearnerDatabase } from './learner-database';

const agent = (homePage: string, name: string) => ({ objectType: 'Agent' as const, account: { homePage, name } });

describe('a database per LMS learner', () => {
  it('hashes with 64-bit FNV-1a (the published test vectors)', () => {
    expect(identityHash('')).toBe('cbf29ce484222325');
    expect(identityHash('a')).toBe('af63dc4c8601ec8c');
    expect(identityHash('foobar')).toBe('85944171f73967e8');
  });

  it('gives each cmi5 learner their own database, the same at every launch', () => {
    const first = cmi5LearnerDatabase(agent('https://lms.example.org', 'ada'));
    expect(first).toMatch(new RegExp(`^${LMS_DATABASE_PREFIX}[0-9a-f]{16}$`));
    expect(cmi5LearnerDatabase({ ...agent('https://lms.example.org', 'ada'), name: 'Ada L.' })).toBe(first);
    expect(cmi5LearnerDatabase(agent('https://lms.example.org', 'grace'))).not.toBe(first);
    // One name on two LMSs is two learners.
    expect(cmi5LearnerDatabase(agent('https://other.example.org', 'ada'))).not.toBe(first);
    // The home page and name cannot be shifted into each other.
    expect(cmi5LearnerDatabase(agent('https://lms.example.org a', 'b'))).not.toBe(cmi5LearnerDatabase(agent('https://lms.example.org', 'a b')));
  });

  it('never puts the identity itself in the name', () => {
    expect(cmi5LearnerDatabase(agent('https://lms.example.org', 'ada@example.org'))).not.toContain('ada');
    expect(scormLearnerDatabase('ada@example.org')).not.toContain('ada');
  });

  it('gives each SCORM learner id a database, and none to an empty id', () => {
    expect(scormLearnerDatabase('42')).toBe(scormLearnerDatabase(' 42 '));
    expect(scormLearnerDatabase('42')).not.toBe(scormLearnerDatabase('43'));
    // A SCORM id and a cmi5 account of the same name are kept apart.
    expect(scormLearnerDatabase('42')).not.toBe(cmi5LearnerDatabase(agent('', '42')));
    expect(scormLearnerDatabase('')).toBeUndefined();
    expect(scormLearnerDatabase('  ')).toBeUndefined();
  });
});
