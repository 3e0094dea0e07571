/**
 * `npm run eval`: prints the answer-quality figures over `tests/eval/set/`.
 * `npm run eval -- --misses` also lists every miss; `--json` prints the whole report;
 * `--set <dir>` reads another set of the same shape (articles held out from tuning, say).
 */
import { evaluate, formatReport, loadSet, SET_DIR } from './score.js';

const at = process.argv.indexOf('--set');
const report = await evaluate(loadSet(at > 0 ? process.argv[at + 1] : SET_DIR));
if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
else console.log(formatReport(report, process.argv.includes('--misses')));
