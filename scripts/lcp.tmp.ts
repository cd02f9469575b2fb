import { chromium } from '@playwright/test';
import { serveStatic } from './static-server.ts';
const server = await serveStatic(process.argv[2] ?? '/tmp/lh-b', 4197);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (let i = 0; i < 2; i++) {
const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
const page = await context.newPage();
await page.addInitScript(() => { (window as any).lcps = []; new PerformanceObserver((l) => { for (const e of l.getEntries() as any[]) (window as any).lcps.push([Math.round(e.startTime), e.element?.tagName + '.' + e.element?.className, e.size]); }).observe({ type: 'largest-contentful-paint', buffered: true }); });
await page.goto('http://127.0.0.1:4197/fr/introduction/why-terrorism');
await page.waitForTimeout(3000);
console.log(await page.evaluate(() => ({ paint: performance.getEntriesByType('paint').map((e) => [e.name, Math.round(e.startTime)]), lcp: (window as any).lcps, res: performance.getEntriesByType('resource').filter((r: any) => /app-.*js/.test(r.name)).map((r: any) => Math.round(r.responseEnd)) })));
await context.close(); }
await browser.close(); await server.close();
