/** The parts of a page's JSON-LD that describe the article (schema.org NewsArticle and kin). */
export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  section: string | null;
  authors: string[];
  publisher: string | null;
  articleBody: string | null;
  url: string | null;
}

const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|Posting/u;

/** JSON-LD as pages write it: sometimes with comments, CDATA wrappers or trailing commas. */
function parseLoose(raw: string): unknown {
  const text = raw.trim().replace(/^<!\[CDATA\[|\]\]>$/gu, '').replace(/^\/\/<!\[CDATA\[|\/\/\]\]>$/gmu, '');
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(/,\s*([}\]])/gu, '$1').replace(/[\u0000-\u001f]+/gu, ' '));
    } catch {
      return null;
    }
  }
}

function flatten(value: unknown, out: Record<string, unknown>[]): void {
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, out);
  } else if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    out.push(object);
    if (object['@graph']) flatten(object['@graph'], out);
  }
}

function typesOf(object: Record<string, unknown>): string[] {
  const type = object['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

function firstString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = firstString(item);
      if (found) return found;
    }
  }
  return null;
}

function nameOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(nameOf);
  if (value && typeof value === 'object') {
    const name = (value as Record<string, unknown>).name;
    return typeof name === 'string' && name.trim() ? [name.trim()] : [];
  }
  return [];
}

export function readJsonLd(scripts: string[]): JsonLdArticle | null {
  const objects: Record<string, unknown>[] = [];
  for (const script of scripts) flatten(parseLoose(script), objects);
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t)))
    ?? objects.find((o) => typeof o.articleBody === 'string' || typeof o.headline === 'string');
  const publisherOf = (o: Record<string, unknown> | undefined) => (o ? nameOf(o.publisher)[0] ?? null : null);
  const organisation = objects.find((o) => typesOf(o).some((t) => t === 'NewsMediaOrganization' || t === 'Organization'));
  const website = objects.find((o) => typesOf(o).includes('WebSite'));
  if (!article) {
    const publisher = nameOf(organisation?.name)[0] ?? nameOf(website?.name)[0] ?? null;
    return publisher ? { headline: null, datePublished: null, section: null, authors: [], publisher, articleBody: null, url: null } : null;
  }
  const mainEntity = article.mainEntityOfPage;
  const url = firstString(article.url)
    ?? (typeof mainEntity === 'string' ? mainEntity : firstString((mainEntity as Record<string, unknown> | undefined)?.['@id']));
  return {
    headline: firstString(article.headline) ?? firstString(article.name),
    datePublished: firstString(article.datePublished) ?? firstString(article.dateCreated),
    section: firstString(article.articleSection),
    authors: [...new Set(nameOf(article.author).concat(nameOf(article.creator)))],
    publisher: publisherOf(article) ?? nameOf(organisation?.name)[0] ?? nameOf(website?.name)[0] ?? null,
    articleBody: firstString(article.articleBody),
    url,
  };
}
