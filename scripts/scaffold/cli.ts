import { parseArgs } from 'node:util';
import { ScaffoldError, writePlan, type Plan } from './files';

/** Runs a scaffold command: plans, writes, prints what it wrote and what is left; a refusal exits 1 having written nothing. */
export const runScaffold = async (usage: string, plan: (positionals: string[], options: Record<string, string | undefined>) => Plan, after?: () => Promise<void>) => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { sop: { type: 'string' }, stage: { type: 'string' }, host: { type: 'string' }, name: { type: 'string' } } });
  try {
    const planned = plan(positionals, values);
    writePlan(process.cwd(), planned);
    for (const file of planned.files) console.log(`${file.was === undefined ? 'wrote ' : 'edited'} ${file.path}`);
    await after?.();
    console.log(`\nNow the logic:\n${planned.next.map((step, i) => `  ${i + 1}. ${step}`).join('\n')}`);
  } catch (error) {
    if (!(error instanceof ScaffoldError)) throw error;
    console.error(`${error.message}\nusage: ${usage}`);
    process.exitCode = 1;
  }
};
