import { existsSync } from 'node:fs';
import type { Command } from '../command.js';
import { intOption } from '../command.js';
import { DB_OPTION, dbPath } from '../input-options.js';
import { EXIT, RecoupeError } from '../../errors.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { updateStories } from '../../corpus/stories/update-stories.js';
import { DEFAULT_STORY_OPTIONS } from '../../corpus/stories/story-index.js';

export const storiesCommand: Command = {
  name: 'stories',
  summary: 'group stored articles into stories (same event across outlets and languages) and list them',
  usage: 'recoupe stories [--db PATH] [--rebuild] [--window DAYS]',
  details: 'Articles already in a story stay there; only new ones are assigned, each compared with the\nstories active within the window around its date. --rebuild forgets every assignment first.',
  examples: ['recoupe stories', 'recoupe stories --rebuild --window 14'],
  options: {
    ...DB_OPTION,
    rebuild: { type: 'boolean', description: 'forget saved stories and group every article again' },
    window: { type: 'string', valueName: 'DAYS', description: 'days around a story in which an article may join it', default: String(DEFAULT_STORY_OPTIONS.windowDays) },
    json: { type: 'boolean', description: 'print the stories as JSON' },
  },
  async run(values) {
    const file = dbPath(values);
    if (!existsSync(file)) throw new RecoupeError(`no store at ${file} (run "recoupe ingest" or "recoupe demo" first)`, EXIT.usage);
    const store = openSqliteStore(file);
    try {
      const options = { ...DEFAULT_STORY_OPTIONS, windowDays: intOption(values, 'window', DEFAULT_STORY_OPTIONS.windowDays) };
      const run = updateStories(store, file, { rebuild: values.rebuild === true, options });
      if (values.json === true) {
        process.stdout.write(`${JSON.stringify(run.stories, null, 2)}\n`);
      } else {
        for (const s of run.stories) {
          const span = s.first === s.last ? (s.first ?? 'undated') : `${s.first ?? '?'}..${s.last ?? '?'}`;
          process.stdout.write(`${s.id.padEnd(6)} ${String(s.size).padStart(3)} art.  ${span.padEnd(22)} ${s.languages.join(',').padEnd(6)} ${s.outlets.join(', ')}\n`);
          process.stdout.write(`       about: ${s.top.join(', ')}\n`);
        }
      }
      process.stderr.write(`${run.stories.length} stories; ${run.assigned} articles assigned now, ${run.created} new stories\n`);
    } finally {
      store.close();
    }
    return EXIT.ok;
  },
};
