import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestInputs } from '../../src/app/ingest.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { updateStories } from '../../src/corpus/stories/update-stories.js';

/** Payloads that would set `window.__xss` or open a dialog if any of them ever ran. */
export const HOSTILE = [
  '<script>window.__xss = 1; alert("xss-script")</script>',
  '<img src=x onerror="window.__xss = 2; alert(\'xss-img\')">',
  '<a href="javascript:alert(\'xss-link\')">cliquez ici</a>',
  '"><svg onload=alert("xss-svg")>',
  '</span></div><iframe src="javascript:alert(\'xss-frame\')"></iframe>',
  '<span class="hl-claim" id="claim-0">faux chiffre</span>',
];

export const XSS_TITLE = '<img src=x onerror=alert("xss-title")> Alerte sur les couloirs';
export const XSS_OUTLET = '<b onmouseover=alert("xss-outlet")>Le Faux Journal</b>';

const ARTICLES: { file: string; outlet: string; published: string; url: string; body: string }[] = [
  {
    file: 'alep-fr.txt', outlet: 'Agence du Nord', published: '2016-10-13', url: 'https://example.org/alep-1',
    body: `Alep : l'armée russe propose un retrait sécurisé aux rebelles

Au moins 56 civils ont été tués mardi à Alep, dont sept enfants, selon l'Observatoire syrien des droits de l'homme (OSDH).

« Nous proposons aux combattants un retrait sécurisé », a déclaré le général Sergueï Roudskoï lors d'un point de presse à Moscou.

Selon Moscou, 169 civils ont quitté les quartiers est par les couloirs humanitaires, des chiffres qui n'ont pas pu être vérifiés.

Le général Roudskoï a assuré que quatre nouveaux couloirs humanitaires seraient ouverts jeudi.
`,
  },
  {
    file: 'aleppo-en.txt', outlet: 'Northern Wire', published: '2016-10-28', url: 'https://example.org/aleppo-2',
    body: `Putin refuses to resume strikes on Aleppo

At least 15 civilians were killed in eastern Aleppo on Thursday, according to AFP.

"There is no need to resume air strikes at this time," Kremlin spokesman Dmitry Peskov told reporters in Moscow.

The Russian defence ministry said 43 people had died and about 96 were wounded in western Aleppo.
`,
  },
  {
    file: 'xss.txt', outlet: XSS_OUTLET, published: '2016-11-02', url: 'javascript:alert("xss-url")',
    body: `${XSS_TITLE}

Un texte hostile circule sur le réseau : ${HOSTILE[0]} puis ${HOSTILE[1]} et encore ${HOSTILE[2]}.

La suite contient ${HOSTILE[3]} et ${HOSTILE[4]} ainsi que ${HOSTILE[5]}.

« Nous ne publierons rien <script>alert("xss-quote")</script> », a déclaré le porte-parole Jean Dupont à Alep.
`,
  },
];

/** Writes the articles and their manifest under `dir`, ingests them with the real pipeline into `db`. */
export function buildStore(dir: string, db: string): void {
  const input = join(dir, 'input');
  mkdirSync(input, { recursive: true });
  const manifest = ARTICLES.map((a) => {
    writeFileSync(join(input, a.file), a.body);
    return JSON.stringify({ path: a.file, outlet: a.outlet, published: a.published, url: a.url });
  });
  writeFileSync(join(input, 'manifest.jsonl'), `${manifest.join('\n')}\n`);
  const summary = ingestInputs(ARTICLES.map((a) => join(input, a.file)), { manifest: join(input, 'manifest.jsonl') }, db);
  if (summary.analysed !== ARTICLES.length) throw new Error(`fixture ingest: ${JSON.stringify(summary)}`);
  const store = openSqliteStore(db);
  try { updateStories(store, db); } finally { store.close(); }
}
