import type { QuoteRules } from '../../stages/quotes/rules.js';
import { verbs } from './verbs.js';

const words = (s: string) => new Set(s.split(/\s+/u).filter(Boolean));

export const quotes: QuoteRules = {
  verbs,
  dialogue: null,
  phrases: {
    determiners: words(`the a an this that these those his her its their our my your several some many`),
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
    sameSource: [['the', 'same', 'source'], ['that', 'source'], ['the', 'source']],
    agentMarkers: words(`by`),
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
  },
};
