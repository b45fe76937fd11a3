import { html, type Html } from '../html.js';
import { layout } from '../layout.js';

export function errorPage(status: number, message: string): Html {
  return layout(`${status}`, 'error', html`<h1>${status === 404 ? 'Not found' : 'Something went wrong'}</h1>
<p class="empty" id="error-message">${message}</p>
<p><a href="/">Back to the articles</a></p>`);
}
