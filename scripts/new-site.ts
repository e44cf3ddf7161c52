/**
 * `npm run new:site <id> -- --host=app.example.com [--name="Example CRM"]`: writes the site's
 * definition, hosts, URL test and adapter under lib/sites/<id>/, its fixture page and unit tests,
 * and adds it to SITES, SITE_IDS and ADAPTERS. What is left is the logic (its page kinds, detection and
 * reading); its new tests stay red until that is written.
 */
import { runScaffold } from './scaffold/cli';
import { ScaffoldError } from './scaffold/files';
import { planSite } from './scaffold/site';

await runScaffold('npm run new:site <id> -- --host=<host> [--name=<name>]', ([id, ...rest], options) => {
  if (!id || rest.length) throw new ScaffoldError('give the site id');
  return planSite(process.cwd(), id, options);
});
