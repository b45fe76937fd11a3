import type { HtmlMarkupWords } from '../../stages/clean/html/cleaning-words.js';

/**
 * Class and id names used by page templates across languages (WordPress, Drupal, newspaper CMSs,
 * AMP), from Readability's and trafilatura's lists and the pages that broke them. Matched as
 * substrings of the lower-cased "class id" string unless written with a boundary marker:
 * a leading or trailing `|` means the name must start or end at a word boundary (`-`, `_`, space).
 */
export const htmlMarkupWords: HtmlMarkupWords = {
  chromeClasses: [
    'comment', 'disqus', 'cookie', 'consent', 'gdpr', 'newsletter', 'share', 'sharing', 'social',
    'outbrain', 'taboola', 'breadcrumb', 'related', 'recommend', 'promo', 'advert', 'sponsor',
    'paywall', 'subscribe', 'signup', 'sign-up', 'popup', 'modal', 'banner', 'skyscraper',
    'shoutbox', '|ad|', '|ads|', '|adv|', 'adslot', 'ad-slot', 'ad-container', 'adsense', 'dfp',
    'read-more', 'readmore', 'more-stories', 'most-popular', 'most-read', 'mostread', 'most-viewed', 'trending',
    'follow-us', 'print-only', 'screen-reader', 'sr-only', 'visually-hidden', 'skip-link',
    'author-bio', 'author-box', 'about-author', 'byline', 'pagination', 'pager', 'navigation',
    'toolbar', 'rating', 'jp-relatedposts', 'yarpp', 'post-tags', 'tag-list',
    'tagcloud', 'login', 'plus-lus', 'lire-aussi', 'lireaussi', 'a-lire', 'voir-aussi', 'agegate', 'ai2html',
  ],
  chromeLookalikes: ['has-ads', 'with-ads', '--ads', 'node--promoted', 'elementor-widget', 'js_readmore', 'js-readmore', 'content-read-more'],
  unlikelyClasses: [
    'sidebar', 'menu', '|nav', 'footer', 'header', 'masthead', 'combx', 'community', 'extra',
    'remark', 'replies', 'rss', 'supplemental', 'widget', 'legends', 'cover-wrap', 'yom-remote',
    'aside', '|rail', 'topbar', '|toc|',
  ],
  contentClasses: [
    'article', 'body', 'content', 'entry', 'hentry', 'h-entry', 'main', 'post', 'text', 'blog',
    'story', 'column', 'page', 'prose', 'chapo', 'lead', 'mathjax',
  ],
  negativeClasses: [
    '|hidden|', 'meta', 'tags', 'contact', 'media', 'shopping', 'widget', 'caption', 'credit', 'date',
    'author', '|hid|', 'com-', '-ad-', 'links', 'aside', 'teaser',
  ],
  commentClasses: ['comment', 'disqus', 'replies', 'respond', 'discussion', 'reactions'],
  /** Names that contain a comment class name but hold an opinion article ("commentary"). */
  commentLookalikes: ['commentary'],
  bylineClasses: ['byline', 'author', 'signature', 'credit', 'writer', 'journalist'],
  captionClasses: ['caption', 'legend', 'credit', 'bildunterschrift', 'pie-foto', 'piefoto'],
  photoCreditClasses: ['credit', 'copyright', 'source', 'author', 'photographer', '|copy|', 'fotograf', 'bildquelle', 'quelle', 'firma'],
  standfirstClasses: [
    'standfirst', 'chapo', 'chapeau', 'chapô', '|lead|', '|lede|', 'article-lead', 'article__lead', 'intro',
    'teaser-text', 'summary', '|dek|', 'excerpt', 'abstract', 'subtitle', 'subheadline', 'sous-titre',
    'description', '|deck|', 'entradilla', 'sumario', 'vorspann', 'einleitung', 'anriss', 'leader',
    'article-teaser', 'artikel-teaser', 'teaser-text', 'teaser__text', 'hero-text', 'article-summary',
  ],
  photoAgencies: [
    'Getty Images', 'Getty', 'iStock', 'iStockphoto', 'Shutterstock', 'imago', 'imago images', 'picture alliance',
    'picture-alliance', 'WENN', 'Adobe Stock', 'Unsplash', 'Pixabay', 'Alamy', 'EPA', 'Keystone', 'Sipa', 'Abaca',
    'Pexels', 'Hans Lucas', 'Maxppp', 'ddp', 'Imagno',
  ],
  agencies: [
    'AFP', 'Reuters', 'AP', 'Associated Press', 'dpa', 'EFE', 'ANSA', 'Belga', 'ATS', 'Keystone-ATS',
    'APS', 'MAP', 'Xinhua', 'TASS', 'RIA Novosti', 'Sputnik', 'Anadolu', 'UPI', 'PA', 'Bloomberg',
  ],
};
