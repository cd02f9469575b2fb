import { describe, expect, it } from 'vitest';
import type { Statement } from '@/domain/record/xapi';
import { NEW_SESSION, SESSION_ID_EXTENSION, allowedStatement, cmi5Statement, isReloadKey, joinAnnounced, leavingBatch, mayAnnounce, ofAnotherSession, parseAnnounced, parseCmi5Launch, parseLaunchData, preferredLanguages, type Cmi5Progress, type Cmi5Verb } from './cmi5';

const actor = { objectType: 'Agent', name: 'Test Learner', account: { homePage: 'https://lms.example.org', name: 'learner-1' } };
const launchQuery = (without: string[] = []) =>
  new URLSearchParams(
    Object.entries({
      endpoint: 'https://lms.example.org/xapi',
      fetch: 'https://lms.example.org/fetch/abc',
      actor: JSON.stringify(actor),
      registration: '6b2e1a52-1c1a-4a4b-9a54-3d4bba0f3c11',
      activityId: 'https://sentinelle.invalid/xapi/courses/countering-terrorism/au',
    }).filter(([name]) => !without.includes(name)),
  );

describe('parseCmi5Launch', () => {
  it('reads the five launch parameters (the endpoint with one trailing slash)', () => {
    const parsed = parseCmi5Launch(launchQuery());
    expect(parsed).toEqual({ ok: true, launch: expect.objectContaining({ endpoint: 'https://lms.example.org/xapi/', fetch: 'https://lms.example.org/fetch/abc', actor, registration: '6b2e1a52-1c1a-4a4b-9a54-3d4bba0f3c11' }) });
  });

  it('names what is missing, and is no launch at all without any of them', () => {
    expect(parseCmi5Launch(launchQuery(['fetch', 'registration']))).toEqual({ ok: false, missing: ['fetch', 'registration'] });
    const badActor = launchQuery();
    badActor.set('actor', '{"mbox":"mailto:a@example.org"}');
    expect(parseCmi5Launch(badActor)).toEqual({ ok: false, missing: ['actor'] });
    expect(parseCmi5Launch(new URLSearchParams('page=%2Ffr'))).toBeNull();
  });
});

describe('parseLaunchData', () => {
  const template = { contextActivities: { grouping: [{ id: 'https://lms.example.org/course/1' }] }, extensions: { [SESSION_ID_EXTENSION]: 'session-1' } };
  it('reads the launch mode, mastery score, return address and context template', () => {
    expect(parseLaunchData({ launchMode: 'Browse', masteryScore: 0.7, returnURL: 'https://lms.example.org/back', moveOn: 'CompletedAndPassed', contextTemplate: template })).toEqual({
      launchMode: 'Browse',
      masteryScore: 0.7,
      returnURL: 'https://lms.example.org/back',
      moveOn: 'CompletedAndPassed',
      contextTemplate: template,
    });
  });
  it('refuses launch data without a mode or a session id', () => {
    expect(parseLaunchData({ launchMode: 'Play', contextTemplate: template })).toBeNull();
    expect(parseLaunchData({ launchMode: 'Normal', contextTemplate: { extensions: {} } })).toBeNull();
    expect(parseLaunchData(null)).toBeNull();
  });
});

describe('mayAnnounce', () => {
  const none = { completed: false, passed: false };
  const after = (verbs: Cmi5Verb[]): Cmi5Progress => verbs.reduce((progress, verb) => ({ ...progress, [verb]: true }), NEW_SESSION);

  it('starts with initialized, once, and allows nothing before it', () => {
    expect(mayAnnounce('initialized', NEW_SESSION, none, 'Normal')).toBe(true);
    expect(mayAnnounce('initialized', after(['initialized']), none, 'Normal')).toBe(false);
    for (const verb of ['completed', 'passed', 'failed', 'terminated'] as const) expect(mayAnnounce(verb, NEW_SESSION, none, 'Normal')).toBe(false);
  });

  it('allows nothing after terminated', () => {
    for (const verb of ['initialized', 'completed', 'passed', 'failed', 'terminated'] as const) expect(mayAnnounce(verb, after(['initialized', 'terminated']), none, 'Normal')).toBe(false);
  });

  it('sends completed and passed once per registration, and no failed after passed', () => {
    expect(mayAnnounce('completed', after(['initialized', 'completed']), none, 'Normal')).toBe(false);
    expect(mayAnnounce('completed', after(['initialized']), { completed: true, passed: false }, 'Normal')).toBe(false);
    expect(mayAnnounce('passed', after(['initialized']), { completed: false, passed: true }, 'Normal')).toBe(false);
    expect(mayAnnounce('failed', after(['initialized', 'passed']), none, 'Normal')).toBe(false);
    expect(mayAnnounce('failed', after(['initialized']), { completed: false, passed: true }, 'Normal')).toBe(false);
    expect(mayAnnounce('failed', after(['initialized', 'failed']), none, 'Normal')).toBe(false);
  });

  it('sends one of passed and failed per session (9.3: "more than one of the set of {passed, failed} MUST NOT be used")', () => {
    expect(mayAnnounce('passed', after(['initialized', 'failed']), none, 'Normal')).toBe(false);
    expect(mayAnnounce('passed', after(['initialized']), none, 'Normal')).toBe(true);
    expect(mayAnnounce('failed', after(['initialized']), none, 'Normal')).toBe(true);
  });

  it('holds across devices with what the registration\'s State API document says was sent', () => {
    // This device sent nothing; another device's session of the registration sent completed and passed.
    const otherDevice = joinAnnounced({ completed: false, passed: false }, parseAnnounced({ completed: true, passed: true }));
    expect(mayAnnounce('completed', after(['initialized']), otherDevice, 'Normal')).toBe(false);
    expect(mayAnnounce('passed', after(['initialized']), otherDevice, 'Normal')).toBe(false);
    expect(mayAnnounce('failed', after(['initialized']), otherDevice, 'Normal')).toBe(false);
    // Only completed there: passed (or failed) may still go here, completed not.
    const completedThere = joinAnnounced({ completed: false, passed: false }, parseAnnounced({ completed: true, passed: false }));
    expect(mayAnnounce('completed', after(['initialized']), completedThere, 'Normal')).toBe(false);
    expect(mayAnnounce('passed', after(['initialized']), completedThere, 'Normal')).toBe(true);
    // No document (404), or one that is not this record: this device's own record stands.
    for (const document of [null, { completed: 'yes', passed: true }, 'passed', { passed: true }]) {
      expect(joinAnnounced({ completed: false, passed: true }, parseAnnounced(document))).toEqual({ completed: false, passed: true });
    }
  });

  it('sends none of completed, passed, failed in Browse or Review mode', () => {
    for (const mode of ['Browse', 'Review'] as const) {
      for (const verb of ['completed', 'passed', 'failed'] as const) expect(mayAnnounce(verb, after(['initialized']), none, mode)).toBe(false);
      expect(mayAnnounce('terminated', after(['initialized']), none, mode)).toBe(true);
    }
  });
});

describe('cmi5Statement', () => {
  const parsed = parseCmi5Launch(launchQuery());
  if (!parsed?.ok) throw new Error('the launch does not parse');
  const launchData = parseLaunchData({ launchMode: 'Normal', contextTemplate: { contextActivities: { grouping: [{ id: 'https://lms.example.org/course/1' }] }, extensions: { [SESSION_ID_EXTENSION]: 'session-1' } } });
  if (!launchData) throw new Error('the launch data does not parse');

  it('carries the registration, the session id, the cmi5 and moveOn categories, and the score', () => {
    const statement = cmi5Statement({ id: 'id-1', verb: 'passed', launch: parsed.launch, launchData, now: Date.UTC(2026, 11, 1), lang: 'fr', scaled: 0.85, durationIso: 'PT10M' }) as unknown as Record<string, unknown>;
    expect(statement).toMatchObject({
      id: 'id-1',
      actor,
      verb: { id: 'http://adlnet.gov/expapi/verbs/passed' },
      object: { id: parsed.launch.activityId },
      result: { score: { scaled: 0.85 }, success: true, duration: 'PT10M' },
      context: {
        registration: parsed.launch.registration,
        extensions: { [SESSION_ID_EXTENSION]: 'session-1' },
        contextActivities: {
          grouping: [{ id: 'https://lms.example.org/course/1' }],
          category: [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }, { id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' }],
        },
      },
      timestamp: '2026-12-01T00:00:00.000Z',
    });
  });

  it('gives initialized no result and no moveOn category', () => {
    const statement = cmi5Statement({ id: 'id-2', verb: 'initialized', launch: parsed.launch, launchData, now: 0, lang: 'en', durationIso: 'PT0S' }) as unknown as { result?: unknown; context: { contextActivities: { category: { id: string }[] } } };
    expect(statement.result).toBeUndefined();
    expect(statement.context.contextActivities.category.map((c) => c.id)).toEqual(['https://w3id.org/xapi/cmi5/context/categories/cmi5']);
  });
});

describe('ofAnotherSession', () => {
  const parsed = parseCmi5Launch(launchQuery());
  if (!parsed?.ok) throw new Error('the launch does not parse');
  const dataOf = (sessionId: string) => {
    const data = parseLaunchData({ launchMode: 'Normal', contextTemplate: { extensions: { [SESSION_ID_EXTENSION]: sessionId } } });
    if (!data) throw new Error('the launch data does not parse');
    return data;
  };
  const of = (sessionId: string) => cmi5Statement({ id: `id-${sessionId}`, verb: 'terminated', launch: parsed.launch, launchData: dataOf(sessionId), now: 0, lang: 'en', durationIso: 'PT1M' });

  it('keeps the statements of this session and picks those of an earlier one', () => {
    expect(ofAnotherSession(of('session-2'), 'session-2')).toBe(false);
    expect(ofAnotherSession(of('session-1'), 'session-2')).toBe(true);
    // An allowed statement made from the same launch data carries the same session.
    const site = { ...of('session-2'), context: { ...of('session-2').context, extensions: undefined } } as unknown as Statement;
    expect(ofAnotherSession(allowedStatement(site, parsed.launch, dataOf('session-2')), 'session-2')).toBe(false);
  });

  it('picks a statement with no session id (no cmi5 statement)', () => {
    const plain = { ...of('session-2'), context: { ...of('session-2').context, extensions: undefined } } as unknown as Statement;
    expect(ofAnotherSession(plain, 'session-2')).toBe(true);
  });
});

describe('preferredLanguages', () => {
  it('reads the learner’s languages, best first', () => {
    expect(preferredLanguages({ languagePreference: 'en-US, fr-FR' })).toEqual(['en-US', 'fr-FR']);
    expect(preferredLanguages(null)).toEqual([]);
  });
});

describe('allowedStatement', () => {
  const parsed = parseCmi5Launch(launchQuery());
  const launchData = parseLaunchData({ launchMode: 'Normal', contextTemplate: { contextActivities: { grouping: [{ id: 'https://lms.example.org/course/1' }], category: [{ id: 'https://lms.example.org/category' }] }, extensions: { [SESSION_ID_EXTENSION]: 'session-1' } } });
  if (!parsed?.ok || !launchData) throw new Error('the launch does not parse');
  const answered = {
    id: '5b0c7c57-4f0e-5a0b-8c43-7d1f3a0f9e11',
    actor: { objectType: 'Agent', account: { homePage: 'https://sentinelle.invalid', name: 'anonymous-1' } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
    object: { objectType: 'Activity', id: 'https://sentinelle.invalid/xapi/questions/q1' },
    result: { success: true, response: 'a' },
    context: { registration: 'f0b7a9a0-0000-4000-8000-000000000001', platform: 'Sentinelle', language: 'fr', contextActivities: { parent: [{ objectType: 'Activity', id: 'https://sentinelle.invalid/xapi/quiz' }], grouping: [{ objectType: 'Activity', id: 'https://sentinelle.invalid/xapi/courses/x' }] } },
    timestamp: '2026-12-01T10:00:00.000Z',
  } as unknown as Statement;

  it('sends a record statement as this session’s: its actor, registration, session id and grouping, no cmi5 category', () => {
    const statement = allowedStatement(answered, parsed.launch, launchData) as unknown as { id: string; actor: unknown; context: Record<string, unknown> & { contextActivities: Record<string, { id: string }[]> } };
    expect(statement.actor).toEqual(actor);
    expect(statement.context.registration).toBe(parsed.launch.registration);
    expect(statement.context.extensions).toEqual({ [SESSION_ID_EXTENSION]: 'session-1' });
    expect(statement.context.contextActivities.grouping?.map((a) => a.id)).toEqual(['https://sentinelle.invalid/xapi/courses/x', 'https://lms.example.org/course/1']);
    expect(statement.context.contextActivities.category).toBeUndefined();
    expect(statement.id).not.toBe(answered.id);
    expect(allowedStatement(answered, parsed.launch, launchData).id).toBe(statement.id);
  });
});

describe('leavingBatch', () => {
  const statement = (id: string, text = ''): Statement => ({ id, verb: { id: 'http://adlnet.gov/expapi/verbs/answered' }, text }) as unknown as Statement;
  const bytes = (statements: Statement[]) => JSON.stringify(statements).length;

  it('sends what waits, oldest first, then the session\'s last statements', () => {
    const batch = leavingBatch([statement('a'), statement('b')], [statement('failed'), statement('terminated')]);
    expect(batch.map((s) => s.id)).toEqual(['a', 'b', 'failed', 'terminated']);
  });

  it('keeps within the keepalive budget: the oldest that fit, never skipping one, and always the last ones', () => {
    const big = 'x'.repeat(400);
    const waiting = Array.from({ length: 10 }, (_, i) => statement(`s${i}`, i === 3 ? 'y'.repeat(2000) : big));
    const batch = leavingBatch(waiting, [statement('terminated')], 2_500);
    expect(batch.map((s) => s.id)).toEqual(['s0', 's1', 's2', 'terminated']);
    expect(bytes(batch)).toBeLessThanOrEqual(2_500);
    expect(leavingBatch(waiting, [statement('terminated')], 10).map((s) => s.id)).toEqual(['terminated']);
  });

  it('counts bytes, not characters (French and Cyrillic texts take more)', () => {
    const accented = statement('a', 'é'.repeat(600));
    expect(leavingBatch([accented], [], 1_000)).toEqual([]);
    expect(leavingBatch([accented], [], 1_400).map((s) => s.id)).toEqual(['a']);
  });

  it('does not send a statement twice when it is both waiting and last (terminated already queued by Exit)', () => {
    expect(leavingBatch([statement('a'), statement('terminated')], [statement('terminated')]).map((s) => s.id)).toEqual(['a', 'terminated']);
  });
});

describe('isReloadKey', () => {
  const key = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });
  it('knows F5, Ctrl+R, ⌘R (Shift too) and the refresh key', () => {
    for (const event of [key('F5'), key('F5', { ctrlKey: true }), key('r', { ctrlKey: true }), key('R', { ctrlKey: true }), key('r', { metaKey: true }), key('BrowserRefresh')]) expect(isReloadKey(event)).toBe(true);
  });
  it('is not fooled by the letter r, Alt+R or other keys', () => {
    for (const event of [key('r'), key('R'), key('r', { altKey: true, ctrlKey: true }), key('F4'), key('Enter', { ctrlKey: true })]) expect(isReloadKey(event)).toBe(false);
  });
});
