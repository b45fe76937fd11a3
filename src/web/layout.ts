import { html, type Html } from './html.js';
import { ASSET_PATHS } from './assets.js';

export type Section = 'articles' | 'stories' | 'outlets' | 'article' | 'error';

/** The one page shell: skip link, header navigation, main landmark. No inline script or style (see the CSP in server.ts). */
export function layout(title: string, section: Section, body: Html): Html {
  const nav = (href: string, label: string, here: boolean) =>
    html`<a href="${href}"${here ? html` aria-current="page"` : ''}>${label}</a>`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} · recoupe</title>
<link rel="stylesheet" href="${ASSET_PATHS.css}">
<script src="${ASSET_PATHS.js}" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <a class="brand" href="/">recoupe</a>
  <nav aria-label="Main">
    ${nav('/', 'Articles', section === 'articles')}
    ${nav('/stories', 'Stories', section === 'stories')}
    ${nav('/outlets', 'Outlets', section === 'outlets')}
  </nav>
</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer class="foot">recoupe · local, read-only view of the store</footer>
</body>
</html>
`;
}
