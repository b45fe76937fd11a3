import { join } from 'node:path';
import type { Command } from '../command.js';
import { loadManifest } from '../../stages/ingest/manifest.js';
import { DB_OPTION, dbPath } from '../input-options.js';
import { ingestInputs } from '../../app/ingest.js';
import { examplesDir } from '../../app/package-paths.js';
import { openExistingStore } from '../open-store.js';
import { progressSink } from '../progress.js';
import { EXIT } from '../../errors.js';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'analyse the bundled examples into the store and print what was found',
  usage: 'recoupe demo [--db PATH]',
  details: 'The examples (examples/, invented outlets and stories in French and English) are ingested into the\nembedded store; running the demo again adds nothing. Then try "recoupe list" and "recoupe show ID".',
  examples: ['recoupe demo', 'recoupe demo --db /tmp/demo.db'],
  options: { ...DB_OPTION },
  async run(values) {
    const db = dbPath(values);
    // The manifest lists the example articles; the folder also holds their gold files and a README.
    const manifest = join(examplesDir(), 'manifest.jsonl');
    const files = loadManifest(manifest).entries.keys();
    const summary = ingestInputs([...files], { manifest }, db, progressSink('demo'));
    const store = openExistingStore(db);
    const out: string[] = [];
    try {
      out.push(`Ingested the examples into ${db}: ${summary.analysed} analysed, ${summary.duplicate} duplicate, ${summary.rejected} rejected, ${summary.skipped} already stored.`, '');
      let quotes = 0;
      let figures = 0;
      for (const a of store.all()) {
        quotes += a.quotes.length;
        figures += a.claims.length;
        out.push(`${a.id.slice(0, 8)}  ${a.published ?? '----------'}  ${(a.outlet ?? '?').slice(0, 22).padEnd(22)} ${a.language ?? '??'}  ${a.title ?? '(no title)'}`);
        const who = [...new Set(a.quotes.map((q) => q.speaker.name).filter((n): n is string => Boolean(n)))];
        out.push(`          ${a.quotes.length} quotes${who.length ? ` (${who.slice(0, 4).join(', ')}${who.length > 4 ? ', …' : ''})` : ''}, ${a.claims.length} figures, ${a.entities.length} entities`);
        for (const c of a.claims.slice(0, 3)) {
          const value = c.value ?? (c.min !== null ? `at least ${c.min}` : c.max !== null ? `up to ${c.max}` : '?');
          out.push(`            ${c.category} ${value} ${c.who ?? ''}${c.source ? `, according to ${c.source}` : ''}${c.hedged ? ' (hedged)' : ''}`);
        }
      }
      out.push('', `${quotes} quotes and ${figures} figures in all. Next: recoupe list · recoupe show ID · recoupe export --format csv`);
    } finally {
      store.close();
    }
    process.stdout.write(`${out.join('\n')}\n`);
    return summary.rejected > 0 ? EXIT.rejected : EXIT.ok;
  },
};
