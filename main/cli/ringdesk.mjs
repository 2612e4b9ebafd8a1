#!/usr/bin/env node
// `npx ringdesk ...`: registers tsx so the TypeScript sources run as they are,
// then hands over to the subcommand table in index.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./index.ts');
process.exitCode = await main(process.argv.slice(2));
