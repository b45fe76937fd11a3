import type { Command } from '../command.js';
import { choiceOption } from '../command.js';
import { DB_OPTION, dbPath } from '../input-options.js';
import { openExistingStore } from '../open-store.js';
import { EXIT, RecoupeError } from '../../errors.js';
import { savedStories } from '../../corpus/stories/update-stories.js';
import { compareStory } from '../../corpus/compare/compare-story.js';
import { OutletRegistry } from '../../corpus/compare/outlets.js';
import { reportTables } from '../../corpus/compare/report-tables.js';
import { renderHtml, renderMarkdown, renderText } from '../../corpus/compare/render.js';

const FORMATS = ['text', 'md', 'html', 'json'] as const;

export const compareCommand: Command = {
  name: 'compare',
  summary: 'compare a story outlet by outlet: voices, sources, figure ledger, words for actors, only-here facts, shared copy',
  usage: 'recoupe compare [STORY] [--format text|md|html|json] [--db PATH]',
  details: 'Without STORY, every story, largest first. Stories come from "recoupe stories" (run it first).',
  examples: ['recoupe stories && recoupe compare', 'recoupe compare s1 --format html > s1.html', 'recoupe compare s1 --format json'],
  options: {
    ...DB_OPTION,
    format: { type: 'string', short: 'f', valueName: 'FMT', description: FORMATS.join(', '), default: 'text' },
  },
  async run(values, positionals) {
    const format = choiceOption(values, 'format', FORMATS, 'text');
    const file = dbPath(values);
    const store = openExistingStore(file);
    try {
      const run = savedStories(store, file);
      if (run.stories.length === 0) throw new RecoupeError('no stories yet: run "recoupe stories" first', EXIT.usage);
      const wanted = positionals[0];
      const stories = wanted ? run.stories.filter((s) => s.id === wanted) : run.stories;
      if (stories.length === 0) throw new RecoupeError(`no story "${wanted}" (see "recoupe stories")`, EXIT.usage);
      const registry = OutletRegistry.load();
      const comparisons = stories.map((s) => compareStory(s.id, s.articles.map((id) => run.articles.get(id)!), registry));
      if (format === 'json') process.stdout.write(`${JSON.stringify(wanted ? comparisons[0] : comparisons, null, 2)}\n`);
      else {
        const reports = comparisons.map(reportTables);
        process.stdout.write(format === 'html' ? renderHtml(reports) : format === 'md' ? renderMarkdown(reports) : renderText(reports));
      }
    } finally {
      store.close();
    }
    return EXIT.ok;
  },
};
