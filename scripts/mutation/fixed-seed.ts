/**
 * Loaded by ./worker.ts into every test file it runs: the property tests draw the same cases
 * for every mutant (and for the unmutated baseline), so a run's score depends on the mutants
 * and the tests, not on which random cases fast-check happened to draw.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: 12 });
