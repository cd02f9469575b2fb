import { describe, expect, it } from 'vitest';
import { watchPageLeave } from './page-leave';

function page(framed = false) {
  let now = 1_000_000;
  const target = new EventTarget();
  const navigation = new EventTarget();
  const calls: string[] = [];
  const stop = watchPageLeave({ onLeave: () => calls.push('leave'), onReload: () => calls.push('reload'), onReturn: () => calls.push('return') }, { target, navigation, now: () => now, framed });
  const fire = (on: EventTarget, type: string, fields: object = {}) => on.dispatchEvent(Object.assign(new Event(type), fields));
  const key = (key: string, mods: object = {}) => fire(target, 'keydown', { key, ctrlKey: false, metaKey: false, altKey: false, ...mods });
  return { calls, stop, fire, key, target, navigation, wait: (ms: number) => (now += ms) };
}

describe('watchPageLeave', () => {
  it('takes a page hidden with nothing before it for a leave (closed, another address, the browser\'s reload button)', () => {
    const p = page();
    p.fire(p.target, 'pagehide');
    expect(p.calls).toEqual(['leave']);
  });

  it('takes a page hidden just after a reload key, or a reload the page asked for, for a reload', () => {
    const p = page();
    p.key('F5');
    p.fire(p.target, 'pagehide');
    p.key('r', { metaKey: true });
    p.fire(p.target, 'pagehide');
    p.fire(p.navigation, 'navigate', { navigationType: 'reload' });
    p.fire(p.target, 'pagehide');
    expect(p.calls).toEqual(['reload', 'reload', 'reload']);
  });

  it('does not keep a session for a key pressed long before, a push navigation or the letter r', () => {
    const p = page();
    p.key('F5');
    p.wait(60_000);
    p.fire(p.target, 'pagehide');
    p.fire(p.navigation, 'navigate', { navigationType: 'push' });
    p.key('r');
    p.fire(p.target, 'pagehide');
    expect(p.calls).toEqual(['leave', 'leave']);
  });

  it('in a frame, takes a reload key for a leave (the whole tab reloads), and a reload the page asked for for a reload', () => {
    const p = page(true);
    p.key('F5');
    p.fire(p.target, 'pagehide');
    p.fire(p.navigation, 'navigate', { navigationType: 'reload' });
    p.fire(p.target, 'pagehide');
    expect(p.calls).toEqual(['leave', 'reload']);
  });

  it('says when the page comes back from the back/forward cache, and stops listening when told', () => {
    const p = page();
    p.fire(p.target, 'pageshow', { persisted: false });
    p.fire(p.target, 'pageshow', { persisted: true });
    p.stop();
    p.fire(p.target, 'pagehide');
    expect(p.calls).toEqual(['return']);
  });
});
