import { html, type Html } from '../html.js';

export type StoryView = 'compare' | 'timeline' | 'map';

/** The three views of one story, as links (every view is its own server-rendered page). */
export function storyNav(id: string, current: StoryView): Html {
  const base = `/story/${encodeURIComponent(id)}`;
  const tab = (view: StoryView, href: string, label: string) =>
    html`<a href="${href}"${view === current ? html` aria-current="page"` : ''}>${label}</a>`;
  return html`<nav class="tabs" aria-label="Story views">${tab('compare', base, 'Side by side')}${tab('timeline', `${base}/timeline`, 'Timeline')}${tab('map', `${base}/map`, 'Map')}</nav>`;
}

/** The note shown when a story was cut to its oldest articles. */
export function cappedNote(total: number, shown: number): Html {
  return total > shown ? html`<p class="empty">This story has ${total} articles; this view covers the ${shown} oldest.</p>` : html``;
}
