/** `npm run export -- <map.json> --out <file> [options]`: see help.ts or --help. */
import { runCli } from './run';

process.exitCode = await runCli(process.argv.slice(2));
