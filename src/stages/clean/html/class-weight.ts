import { cleaningVocabulary as vocab } from './cleaning-vocabulary.js';
import type { HtmlElement } from './html-tree.js';

/** Readability's class weight: ±25 for the class, ±25 for the id. */
export function classWeight(node: HtmlElement): number {
  let weight = 0;
  for (const value of [node.attrs.class, node.attrs.id]) {
    if (!value) continue;
    const name = value.toLowerCase();
    if (vocab.negativeClass.test(name) || vocab.chromeClass.test(name)) weight -= 25;
    if (vocab.contentClass.test(name)) weight += 25;
  }
  const itemprop = node.attrs.itemprop;
  if (itemprop === 'articleBody' || itemprop === 'articlebody' || itemprop === 'text') weight += 50;
  return weight;
}
