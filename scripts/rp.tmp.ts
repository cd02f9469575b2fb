import { benchRecord } from './bench/record.ts';
const r = await benchRecord(10_000, 3);
console.log(r.medianMs, r.bytes);
