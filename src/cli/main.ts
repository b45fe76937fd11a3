#!/usr/bin/env node
import { RecoupeError, EXIT } from '../errors.js';
import { commandHelp, parseCommandArgs, type Command } from './command.js';

/** The command table: each command's module is loaded only when it runs. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  demo: { summary: 'analyse the bundled examples into the store and show what was found', load: async () => (await import('./commands/demo.js')).demoCommand },
  ingest: { summary: 'analyse files, folders, globs or stdin into the store', load: async () => (await import('./commands/ingest.js')).ingestCommand },
  analyze: { summary: 'analyse inputs and print the results (no store)', load: async () => (await import('./commands/analyze.js')).analyzeCommand },
  status: { summary: 'counts of analysed, duplicate and rejected inputs, with reasons', load: async () => (await import('./commands/status.js')).statusCommand },
  list: { summary: 'list stored articles', load: async () => (await import('./commands/list.js')).listCommand },
  show: { summary: 'show one stored article with its spans highlighted', load: async () => (await import('./commands/show.js')).showCommand },
  export: { summary: 'export stored articles as JSON Lines, CSV or an events table', load: async () => (await import('./commands/export.js')).exportCommand },
  stories: { summary: 'group stored articles into stories across outlets and languages', load: async () => (await import('./commands/stories.js')).storiesCommand },
  compare: { summary: 'compare a story outlet by outlet: voices, sources, figures, words', load: async () => (await import('./commands/compare.js')).compareCommand },
  eval: { summary: 'score the analysis against gold files (precision, recall, F1)', load: async () => (await import('./commands/eval-cli.js')).evalCliCommand },
  serve: { summary: 'open the local web app on the store (read-only)', load: async () => (await import('./commands/serve.js')).serveCommand },
};

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length)) + 2;
  return [
    'recoupe: cross-check the news. Who said what, which figures on whose word, outlet by outlet.',
    '',
    'Usage: recoupe <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`),
    '',
    'Run "recoupe <command> --help" for a command\'s options and examples.',
    '',
    'Examples:',
    '  recoupe demo',
    '  recoupe ingest --manifest corpus/manifest.jsonl corpus/',
    '  recoupe analyze --format jsonl page.html',
    '',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(mainHelp());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write('recoupe 0.1.0\n');
    return EXIT.ok;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    process.stderr.write(`recoupe: unknown command "${name}"\n\n${mainHelp()}`);
    return EXIT.usage;
  }
  const command = await entry.load();
  const { values, positionals } = parseCommandArgs(command, rest);
  if (values.help) {
    process.stdout.write(commandHelp(command));
    return EXIT.ok;
  }
  return command.run(values, positionals);
}

// `recoupe analyze … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(EXIT.ok);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    if (err instanceof RecoupeError) {
      process.stderr.write(`recoupe: ${err.message}\n`);
      process.exitCode = err.exitCode;
    } else {
      process.stderr.write(`recoupe: unexpected error: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = EXIT.failure;
    }
  },
);
