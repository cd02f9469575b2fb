import { describe, expect, it } from 'vitest';
import { isApplicationObjective } from './application-verbs.ts';

describe('isApplicationObjective', () => {
  it('accepts an objective that starts with an application verb of its language', () => {
    expect(isApplicationObjective('Choisir le centre d’excellence qui convient.', 'fr')).toBe(true);
    expect(isApplicationObjective('Expliquer pourquoi l’OTAN coopère avec l’ONU.', 'fr')).toBe(true);
    expect(isApplicationObjective('Compare the two missions.', 'en')).toBe(true);
  });

  it('rejects recall verbs, a verb of the other language, and a verb that only begins a longer word', () => {
    expect(isApplicationObjective('Citer les trois tâches fondamentales.', 'fr')).toBe(false);
    expect(isApplicationObjective('Expliquer en quoi le terrorisme menace l’Alliance.', 'fr')).toBe(false);
    expect(isApplicationObjective('Choose the right body.', 'fr')).toBe(false);
    expect(isApplicationObjective('Placement of forces.', 'en')).toBe(false);
  });
});
