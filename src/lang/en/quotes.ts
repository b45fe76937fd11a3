import type { QuoteRules } from '../../stages/quotes/rules.js';
import { verbs } from './verbs.js';
import { firstNames } from './first-names.js';

const words = (s: string) => new Set(s.split(/\s+/u).filter(Boolean));

export const quotes: QuoteRules = {
  verbs,
  dialogue: null,
  phrases: {
    determiners: words(`the a an one this that these those his her its their our my your several some many`),
    complementLinks: words(`of for at to`),
    phraseBreakers: words(`in on during after before by with without according since against about from
      monday tuesday wednesday thursday friday saturday sunday yesterday today tonight earlier later last
      this next when while as because but and so then also again recently
      is was are were has had have will would said says told added`),
    clauseOpeners: [['but'], ['while'], ['whereas'], ['because'], ['although'], ['though'], ['when'], ['if'],
      ['as', 'soon', 'as'], ['after'], ['before'], ['since'], ['where']],
    contentEnders: [['but'], ['while'], ['whereas']],
    relativePronouns: words(`who which whom whose`),
    listJoiners: words(`and`),
    contentOpeners: words(`that`),
    pronouns: words(`he she they`),
    latter: [['the', 'latter'], ['the', 'former']],
    sameSource: [['the', 'same', 'source'], ['that', 'source'], ['the', 'source'], ['the', 'statement'], ['the', 'text'], ['the', 'document']],
    agentMarkers: words(`by`),
    reachedBy: words(`reached contacted interviewed approached`),
    personTitles: words(`dr mr mrs ms prof gen col lt sgt minister president premier spokesman spokeswoman spokesperson secretary chief director
      official officer general commander colonel ambassador mayor prosecutor judge leader diplomat envoy
      negotiator senator governor lawyer attorney professor doctor researcher analyst expert activist
      chairman chairwoman chair ceo manager coach councillor councilor mp superintendent sergeant inspector
      constable sheriff`),
    audiences: words(`reporters journalists the media press audience`),
    audienceVerbs: words(`tell`),
    gerundMarkers: new Set(),
    summaries: [[',', 'a', 'claim'], [',', 'an', 'allegation'], [',', 'a', 'charge'], [',', 'an', 'assertion'], [',', 'a', 'figure'], [',', 'an', 'account']],
    groupNouns: words(`group movement organisation organization militia agency rebels militants insurgents ministry army government`),
    pronounKinds: { he: 'male', him: 'male', she: 'female', her: 'female', it: 'neuter', they: 'plural', them: 'plural' },
    genderedWords: {
      female: words(`mrs ms miss madam dame lady spokeswoman chairwoman congresswoman councilwoman businesswoman
        woman mother daughter wife widow sister grandmother girl queen princess duchess actress`),
      male: words(`mr sir lord spokesman chairman congressman councilman businessman man father son husband widower
        brother grandfather boy king prince duke actor`),
    },
    firstNames,
    genderedOrgPronouns: false,
    collectives: [
      { kind: 'armed', nouns: words(`group rebels rebel militants militant insurgents insurgent militia militias jihadists
        fighters movement front insurgency guerrillas`), nameWords: words(`front movement liberation militia brigade
        brigades rebels resistance`) },
      { kind: 'military', nouns: words(`army military forces troops`), nameWords: words(`army forces military`) },
      { kind: 'government', nouns: words(`ministry department government administration authorities office cabinet
        council`), nameWords: words(`ministry department government office council`) },
      { kind: 'agency', nouns: words(`group organisation organization agency charity ngo association foundation
        watchdog observatory body`), nameWords: words(`organisation organization agency association foundation
        observatory committee cross crescent watch borders charity`) },
      { kind: 'company', nouns: words(`company firm utility operator group manufacturer plant factory corporation`),
        nameWords: words(`company corp corporation inc ltd group industries plc`) },
      { kind: 'union', nouns: words(`union`), nameWords: words(`union federation`) },
      { kind: 'police', nouns: words(`police`), nameWords: words(`police constabulary`) },
      { kind: 'hospital', nouns: words(`hospital clinic centre center`), nameWords: words(`hospital clinic infirmary`) },
    ],
    indefinites: words(`a an one`),
    aliasAfter: /^\s*,?\s*(?:who\s+)?(?:gave\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|(?:was\s+)?identified\s+(?:only\s+)?as|(?:who\s+)?asked\s+to\s+be\s+(?:called|identified\s+as))\s+/iu,
    demonstratives: words(`this that`),
    titleKin: {
      diplomat: ['envoy', 'ambassador', 'mediator', 'foreign minister', 'secretary of state', 'top diplomat'],
      envoy: ['mediator', 'diplomat', 'special representative'],
      officer: ['general', 'colonel', 'commander', 'captain', 'lieutenant', 'major'],
      official: ['director', 'chief', 'head', 'spokesman', 'spokeswoman', 'spokesperson'],
    },
    finiteVerbs: words(`is was are were has had have will would could can may might must should does did remains remained`),
    headLast: true,
  },
};
