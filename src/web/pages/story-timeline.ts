import type { ArticleOut } from '../../model/contract.js';
import { html, type Html } from '../html.js';
import { layout } from '../layout.js';
import { timelineMarks, type LaneMode } from '../timeline-marks.js';
import { renderTimelineChart } from '../svg-timeline.js';
import { timeline } from './timeline.js';
import { cappedNote, storyNav } from './story-nav.js';

/** The story's events and figures on a time axis, lanes per outlet or per source; the table version below. */
export function storyTimelinePage(id: string, articles: ArticleOut[], total: number, outletOf: (a: ArticleOut) => string, mode: LaneMode): Html {
  const marks = timelineMarks(articles, outletOf, mode);
  const published = new Map<string, { date: string; title: string }[]>();
  if (mode === 'outlet') {
    for (const a of articles) {
      if (!a.published) continue;
      const lane = outletOf(a);
      published.set(lane, [...(published.get(lane) ?? []), { date: a.published, title: a.title ?? a.id }]);
    }
  }
  const base = `/story/${encodeURIComponent(id)}/timeline`;
  const toggle = (m: LaneMode, label: string) => html`<a href="${m === 'outlet' ? base : `${base}?lanes=source`}"${m === mode ? html` aria-current="true"` : ''}>${label}</a>`;
  const body = html`
<p class="muted"><a href="/stories">‹ All stories</a></p>
<h1 id="story-title">Story ${id}: timeline</h1>
${storyNav(id, 'timeline')}
${cappedNote(total, articles.length)}
<p class="toggle" id="lane-toggle">Lanes: ${toggle('outlet', 'one per outlet')} ${toggle('source', 'one per source')}</p>
${marks.length === 0
    ? html`<p class="empty">No events or figures in this story.</p>`
    : html`<figure class="chart-box timeline-box"><div class="chart-scroll">${renderTimelineChart(marks, {
      id: 'timeline-chart',
      title: `Events and figures of story ${id} by the date they are about, one lane per ${mode}`,
      published: mode === 'outlet' ? published : undefined,
    })}</div>
<figcaption class="legend"><span class="key key-figure">figure</span><span class="key key-hedged">hedged figure</span><span class="key key-event">event</span><span class="key key-range">month or range</span>${mode === 'outlet' ? html`<span class="key key-published">publication date</span>` : ''}</figcaption></figure>`}
<h2>As a table</h2>
${timeline(articles, outletOf)}
`;
  return layout(`Story ${id}: timeline`, 'stories', body);
}
