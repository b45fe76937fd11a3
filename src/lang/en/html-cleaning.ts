import type { HtmlCleaningWords } from '../../stages/clean/html/cleaning-words.js';

/** English chrome as English-language news sites and blogs print it. */
export const htmlCleaningWords: HtmlCleaningWords = {
  relatedLeads: [
    'read more', 'read also', 'also read', 'see also', 'related', 'related story', 'related article',
    'read next', 'read the full story', 'continue reading', 'recommended',
    'you may also like', 'you might also like', 'more from', 'more on this', 'more on this story',
    'click here to read', 'must read', 'also on',
  ],
  relatedHeadings: [
    'related', 'related stories', 'related articles', 'related posts', 'related content',
    'related coverage', 'more stories', 'more from', 'more on this', 'recommended', 'recommended for you',
    'you may also like', 'you might also like', 'read next', 'editor’s picks', "editor's picks",
  ],
  popularHeadings: [
    'most popular', 'most read', 'most viewed', 'most shared', 'most commented', 'most emailed',
    'trending', 'trending now', 'latest news', 'latest stories', 'latest', 'top stories', 'popular posts',
    'recent posts', 'popular', 'around the web', 'from around the web', 'sponsored stories', 'paid content',
  ],
  commentHeadings: [
    'comments', 'comment', 'leave a reply', 'leave a comment', 'post a comment', 'add a comment',
    'join the discussion', 'join the conversation', 'discussion', 'responses', 'reader comments',
    'write a comment', 'what do you think?',
  ],
  chromeLines: [
    'share', 'share this', 'share this article', 'share this story', 'share on facebook',
    'share on twitter', 'share on linkedin', 'tweet', 'email', 'print', 'copy link', 'link copied',
    'advertisement', 'ad', 'sponsored', 'sponsored content', 'subscribe', 'subscribe now', 'sign in',
    'sign up', 'log in', 'login', 'register', 'menu', 'search', 'close', 'home', 'back to top',
    'skip to content', 'skip to main content', 'accept', 'accept all', 'reject all', 'manage cookies',
    'cookie settings', 'learn more', 'read more', 'continue reading', 'follow', 'follow us',
    'show more', 'load more', 'more', 'listen', 'listen to this article', 'save', 'bookmark',
    'permalink', 'gift this article', 'view comments', 'comments', 'top', 'story continues below advertisement',
    'article continues below advertisement', 'continue reading below', 'scroll to continue with content',
    'image', 'photo', 'enlarge this image', 'toggle caption', 'hide caption', 'embed', 'facebook',
    'twitter', 'linkedin', 'whatsapp', 'pinterest', 'reddit',
  ],
  chromeLeads: [
    'follow us on', 'sign up for', 'subscribe to our', 'we use cookies', 'this site uses cookies',
    'this website uses cookies', 'by continuing to use', 'by using this site', 'share this',
    'download the app', 'all rights reserved', 'copyright ©', 'get the latest', 'want more',
    'have a news tip', 'click here to subscribe', 'already a subscriber', 'support our journalism',
    'this article is for subscribers', 'we’d love to hear', "we'd love to hear",
    'this entry was posted', 'this post was posted', 'last modified', 'last updated', 'if you enjoyed reading', 'if you enjoyed this', 'we want to hear what you think', 'never miss the latest', 'stay up-to-date', 'stay up to date', 'do you want to be informed', 'this post contains references to products', 'posted in', 'filed under', 'sign up to receive', 'photo credit:', 'image credit:',
    'to view the full story', 'subscribe now to', 'if you’re seeing this message', "if you're seeing this message", 'first-time subscribers', 'for the latest stories', 'submit your letter to the editor', 'the advertising disclaimer', 'release date:', 'download our app', 'support independent journalism',
  ],
  creditJoiners: ['and', 'with'],
  dateJoiners: ['of'],
  creditLeads: ['by', 'with', 'written by', 'reporting by', 'additional reporting by'],
  photoCreditLeads: ['photo', 'photograph', 'image', 'credit', 'photo credit', 'picture', 'illustration', '©'],
  months: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'],
    ['november', 'nov'], ['december', 'dec'],
  ],
};
