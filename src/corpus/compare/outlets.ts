import { readFileSync } from 'node:fs';

export type OwnerType = 'public broadcaster' | 'private' | 'state-funded' | 'agency';

export interface OutletInfo {
  name: string;
  names: string[];
  domains: string[];
  country: string | null;
  language: string | null;
  owner: OwnerType | null;
}

const DATA = new URL('../../../../data/outlets.json', import.meta.url);

/** The outlet registry (data/outlets.json, editable): who publishes, from where, owned by whom. */
export class OutletRegistry {
  private readonly byName = new Map<string, OutletInfo>();
  private readonly byDomain = new Map<string, OutletInfo>();

  constructor(readonly outlets: OutletInfo[]) {
    for (const o of outlets) {
      for (const n of [o.name, ...o.names]) this.byName.set(n.toLowerCase(), o);
      for (const d of o.domains) this.byDomain.set(d.toLowerCase(), o);
    }
  }

  static load(file: string | URL = DATA): OutletRegistry {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { outlets: Partial<OutletInfo>[] };
    return new OutletRegistry(raw.outlets.map((o) => ({
      name: o.name ?? '?', names: o.names ?? [], domains: o.domains ?? [], country: o.country ?? null, language: o.language ?? null, owner: o.owner ?? null,
    })));
  }

  /** The registry entry for an article's outlet name or URL (a subdomain matches its domain). */
  find(outlet: string | null, url: string | null): OutletInfo | null {
    if (outlet) {
      const hit = this.byName.get(outlet.toLowerCase());
      if (hit) return hit;
    }
    let host = domainOf(url);
    while (host) {
      const hit = this.byDomain.get(host);
      if (hit) return hit;
      const dot = host.indexOf('.');
      host = dot > 0 && host.indexOf('.', dot + 1) > 0 ? host.slice(dot + 1) : null;
    }
    return null;
  }

  /** The name every view shows: the registry's, else the article's outlet, else the domain. */
  displayName(outlet: string | null, url: string | null): string {
    return this.find(outlet, url)?.name ?? outlet ?? domainOf(url) ?? 'unknown outlet';
  }
}

export function domainOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./u, '');
  } catch {
    return null;
  }
}
