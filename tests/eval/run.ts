/**
 * `npm run eval`: prints the answer-quality figures over `tests/eval/set/`.
 * `npm run eval -- --misses` also lists every miss; `--json` prints the whole report.
 */
import { evaluate, formatReport } from './score.js';

const report = await evaluate();
if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
else console.log(formatReport(report, process.argv.includes('--misses')));
