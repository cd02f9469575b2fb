import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from './static-server.ts';
const dir = process.argv[2] ?? 'dist'; const path = process.argv[3] ?? '/fr/introduction/why-terrorism'; const runs = Number(process.argv[4] ?? 3);
const server = await serveStatic(dir, 4195);
for (let r = 0; r < runs; r++) {
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const res = await lighthouse(`http://127.0.0.1:4195${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  chrome.kill();
  const lhr = res!.lhr; const a = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? NaN);
  console.log(`perf ${Math.round((lhr.categories.performance?.score ?? 0) * 100)} FCP ${a('first-contentful-paint')} LCP ${a('largest-contentful-paint')} TBT ${a('total-blocking-time')} SI ${a('speed-index')}`);
  if (r === 0) { const items = (lhr.audits['network-requests']?.details as any)?.items ?? []; if (process.env.NET) for (const i of items) console.log('  ', i.priority, i.resourceType, Math.round(i.transferSize/1000)+'kB', String(i.url).replace(/^http:\/\/[^/]+/, ''), Math.round(i.networkRequestTime), Math.round(i.networkEndTime)); 
    const rb = (lhr.audits['render-blocking-insight']?.details as any)?.items ?? []; console.log('  render-blocking:', rb.map((x: any) => x.url).join(' '));
    const lcpEl = Object.keys(lhr.audits).filter(k=>/lcp|largest/.test(k)).map(k=>k+':'+String(JSON.stringify(lhr.audits[k]?.details)).slice(0,700)); if (process.env.TASKS) for (const id of ['long-tasks','bootup-time','mainthread-work-breakdown']) console.log(id, JSON.stringify(((lhr.audits[id]?.details as any)?.items ?? []).map((x: any) => [String(x.url ?? x.groupLabel ?? '').replace(/^http:\/\/[^/]+/, ''), Math.round(x.duration ?? x.total ?? 0), Math.round(x.startTime ?? x.scripting ?? 0)])));
    { const m = (lhr.audits['metrics']?.details as any)?.items?.[0]; console.log('observed FCP', m.observedFirstContentfulPaint, 'LCP', m.observedLargestContentfulPaint, 'lastVisual', m.observedLastVisualChange, 'load', m.observedLoad); }
    console.log('  lcp:', lcpEl.filter((x: string) => x.startsWith('lcp-breakdown')).join('').replace(/.*"items":\[\{"subpart"/, '').slice(0, 260), String(JSON.stringify(lcpEl)).match(/nodeLabel[^,]*/)?.[0]); }
}
await server.close();
