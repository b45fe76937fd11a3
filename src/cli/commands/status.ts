import type { Command } from '../command.js';
import { DB_OPTION, dbPath } from '../input-options.js';
import { openExistingStore } from '../open-store.js';
import { EXIT } from '../../errors.js';

export const statusCommand: Command = {
  name: 'status',
  summary: 'how every input ended: analysed, duplicate or rejected (with the reasons)',
  usage: 'recoupe status [--db PATH] [--all]',
  examples: ['recoupe status', 'recoupe status --db aleppo.db --all'],
  options: {
    ...DB_OPTION,
    all: { type: 'boolean', description: 'list every rejected input, not only the first 20' },
  },
  async run(values) {
    const db = dbPath(values);
    const store = openExistingStore(db);
    try {
      const s = store.status();
      const lines = [
        `store ${db}: ${s.articles} articles`,
        `inputs: ${s.counts.analysed} analysed, ${s.counts.duplicate} duplicate, ${s.counts.rejected} rejected`,
      ];
      if (s.reasons.length) {
        lines.push('', 'rejections by reason:');
        for (const r of s.reasons) lines.push(`  ${String(r.count).padStart(6)}  ${r.code}`);
        const shown = values.all ? s.rejections : s.rejections.slice(0, 20);
        lines.push('', 'rejected inputs:');
        for (const r of shown) lines.push(`  ${r.input}: ${r.reason}`);
        if (shown.length < s.counts.rejected) lines.push(`  … ${s.counts.rejected - shown.length} more (--all)`);
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    } finally {
      store.close();
    }
    return EXIT.ok;
  },
};
