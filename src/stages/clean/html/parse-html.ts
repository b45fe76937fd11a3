import { Parser } from 'htmlparser2';
import { element, type HtmlElement } from './html-tree.js';

/** What the page says about itself outside the visible body: read once while parsing. */
export interface PageHead {
  title: string | null;
  /** `<meta>` tags anywhere in the page: key is name, property or itemprop (lower case). */
  metas: { key: string; content: string }[];
  /** `<link rel>` targets: rel (lower case) -> first href. */
  links: Map<string, string>;
  /** Raw text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
  htmlLang: string | null;
}

export interface ParsedHtml {
  root: HtmlElement;
  head: PageHead;
}

/**
 * Elements whose content never belongs to the text. Their subtree is skipped while parsing, so
 * a 3 MB inline script or an SVG sprite costs nothing beyond the tokenizer.
 */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'select', 'textarea', 'button', 'input', 'option', 'video', 'audio', 'map', 'dialog',
  'amp-analytics', 'amp-ad', 'amp-sticky-ad', 'amp-auto-ads', 'amp-consent', 'amp-sidebar',
  'amp-social-share', 'amp-iframe', 'amp-list', 'amp-geo', 'amp-user-notification',
]);

/** Attributes extraction reads; the rest are dropped to keep the tree small. */
const KEPT_ATTRIBUTES = new Set([
  'class', 'id', 'role', 'itemprop', 'itemtype', 'href', 'datetime', 'hidden', 'aria-hidden',
  'lang', 'rel', 'content', 'property', 'name', 'type', 'pubdate', 'aria-label',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu;

export function parseHtml(html: string): ParsedHtml {
  const root = element('#root', {}, null);
  const head: PageHead = { title: null, metas: [], links: new Map(), jsonLd: [], htmlLang: null };
  let current = root;
  // One flag per open tag: did it become a node? (meta, link and void tags close without one.)
  const pushed: boolean[] = [];
  let skipDepth = 0;
  let inJsonLd = false;
  let inTitle = false;
  let scriptText = '';
  let titleText = '';

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipDepth > 0) {
          skipDepth++;
          return;
        }
        if (name === 'meta') {
          const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
          const content = attribs.content;
          if (key && content !== undefined) head.metas.push({ key, content });
          pushed.push(false);
          return;
        }
        if (name === 'link') {
          const rel = (attribs.rel ?? '').toLowerCase();
          if (rel && attribs.href && !head.links.has(rel)) head.links.set(rel, attribs.href);
          pushed.push(false);
          return;
        }
        if (name === 'html' && attribs.lang && !head.htmlLang) head.htmlLang = attribs.lang;
        if (name === 'title' && head.title === null) {
          inTitle = true;
          titleText = '';
          skipDepth = 1;
          return;
        }
        if (name === 'script') {
          const type = (attribs.type ?? '').toLowerCase();
          if (type.includes('ld+json')) {
            inJsonLd = true;
            scriptText = '';
          }
          skipDepth = 1;
          return;
        }
        if (SKIPPED.has(name)) {
          skipDepth = 1;
          return;
        }
        const attrs: Record<string, string> = {};
        for (const key in attribs) {
          if (KEPT_ATTRIBUTES.has(key)) attrs[key] = attribs[key];
          else if (key === 'style' && HIDDEN_STYLE.test(attribs.style)) attrs.hidden = '';
        }
        const node = element(name, attrs, current);
        current.children.push(node);
        current = node;
        pushed.push(true);
      },
      ontext(data) {
        if (skipDepth > 0) {
          if (inJsonLd) scriptText += data;
          else if (inTitle) titleText += data;
          return;
        }
        const last = current.children[current.children.length - 1];
        if (last && last.kind === 'text') last.text += data;
        else current.children.push({ kind: 'text', text: data, parent: current });
      },
      onclosetag() {
        if (skipDepth > 0) {
          skipDepth--;
          if (skipDepth === 0) {
            if (inJsonLd) head.jsonLd.push(scriptText);
            if (inTitle) head.title = titleText;
            inJsonLd = false;
            inTitle = false;
          }
          return;
        }
        if (pushed.pop() && current.parent) current = current.parent;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { root, head };
}
