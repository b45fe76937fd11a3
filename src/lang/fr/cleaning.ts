import type { CleaningRules } from '../types.js';
import { cleaning as common, joinCredits } from '../xx/cleaning.js';

const NAME = String.raw`[\p{Lu}][\p{L}'’.-]+(?:\s+(?:de\s+|d['’])?[\p{Lu}][\p{L}'’.-]+){0,3}`;
const AGENCIES = String.raw`[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,2}(?:\s*(?:,|et)\s*[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,2})*`;

export const cleaning: CleaningRules = {
  related: /^(?:[>»•▶►-]\s*)?(?:à\s+)?(?:lire|voir|relire)\s+(?:aussi|également|notre\s+\S+|sur\s+le\s+même\s+sujet)\b\s*:?\s*|^(?:sur\s+le\s+même\s+sujet|dans\s+la\s+même\s+rubrique|articles?\s+(?:liés|associés))\s*:?\s*/iu,
  creditPlace: /\s+\((?:à|depuis)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\)(?=$|[\s,;])/gu,
  credit: joinCredits([
    // "Par la rédaction, avec AFP", "La Rédaction avec AFP et Reuters"
    String.raw`(?:[Pp]ar\s+)?(?:[Ll]a\s+)?[Rr]édaction(?:\s+(?:de\s+|d['’]|du\s+)[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}\d][\p{L}'’\d-]*){0,3})?(?:\s*,?\s*(?:avec|et)\s+(?<deskAgency>${AGENCIES}))?`,
    // "Par Jeanne Roux, envoyée spéciale à Alep", "Par Jeanne Roux, correspondante à Beyrouth (avec AFP)"
    String.raw`[Pp]ar\s+(?<roleByline>${NAME})\s*,\s*(?:notre\s+)?(?:envoyée?s?\s+spéciale?s?|correspondante?s?|journaliste|grand\s+reporter|rédact(?:eur|rice)|chef|spécialiste|éditorialiste)\b[^,;()]{0,50}(?:\s*,?\s*\(?\s*avec\s+(?<roleAgency>${AGENCIES})\s*\)?)?`,
    // a wire named alone under the article ("AFP", "— Reuters")
    String.raw`(?:[Ss]ources?\s*:?\s*)?(?:[—–-]\s*)?(?<wireAlone>AFP|AP|Reuters|ATS|DPA|ANSA|EFE|Belga|Anadolu|Xinhua|TASS|Sputnik|Agence\s+France-Presse|Associated\s+Press)`,
    // "Auteur : Jeanne Roux", "Journaliste : Jeanne Roux"
    String.raw`(?:[Aa]uteure?|[Jj]ournaliste|[Rr]édaction)\s*:\s*(?<labelled>${NAME}(?:\s*(?:,|et)\s*${NAME})*)`,
    // "Par Benjamin Roux (Beyrouth, correspondant)": where and what the writer is
    String.raw`[Pp]ar\s+(?<roleParen>${NAME})\s*\((?!\s*avec)[^()]{1,60}\)`,
    // "Texte par : Jeanne Roux", "Rédigé par Jeanne Roux"
    String.raw`(?:[Tt]exte|[Rr]édigé|[Éé]crit|[Rr]éalisé)\s+par\s*:?\s*(?<textBy>[\p{Lu}][\p{L}\p{N}'’.-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*){0,3}(?:\s*(?:,|et)\s*${NAME})*)`,
    // "20 Minutes avec AFP", "C.H. avec AFP": the desk, then the wire
    String.raw`(?:[\p{Lu}\d][\p{L}\d.'’-]*\s+){0,2}[\p{Lu}\d][\p{L}\d.'’-]*\s+\(?\s*avec\s+(?<deskWire>(?:AFP|AP|ATS|Reuters|DPA|ANSA|EFE|Belga|Keystone-ATS)(?:\s*(?:,|et)\s*(?:AFP|AP|ATS|Reuters|DPA|ANSA|EFE|Belga|Keystone-ATS))*)\s*\)?`,
    // "OLJ/AFP": the desk and the wire joined by a slash
    String.raw`[\p{Lu}][\p{Lu}\d]{1,7}\s*\/\s*(?<slashWire>(?:AFP|AP|ATS|Reuters|DPA|ANSA|EFE|Belga|Keystone-ATS))`,
    // "Par Jeanne Roux (avec AFP)"
    String.raw`[Pp]ar\s+(?<parenByline>${NAME})\s*\(\s*avec\s+(?<parenAgency>${AGENCIES})\s*\)`,
  ], /^(?:[Aa]vec\s+(?<agency>[\p{Lu}][\p{L}.]*(?:\s*(?:,|et)\s*[\p{Lu}][\p{L}.]*)*)\.?|[Aa]vec\s+(?:notre|nos|son|sa|leur)\s+[^,]{3,50},\s*(?<byline>[\p{Lu}][\p{L}'’.-]+(?:\s+(?:de\s+|d['’])?[\p{Lu}][\p{L}'’.-]+){0,3})|(?:[Pp]ar|[Pp]ropos\s+recueillis\s+par)\s+(?<byline2>[\p{Lu}][\p{L}'’.-]+(?:\s+(?:de\s+|d['’])?[\p{Lu}][\p{L}'’.-]+){0,3}(?:\s*(?:,\s*(?:et|avec)?|et|avec)\s*[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3})*)|(?:[Ss]ources?|[Cc]rédits?)\s*:\s*(?<source>[\p{Lu}][\p{L}.]*(?:\s*[,/]\s*[\p{Lu}][\p{L}.]*)*))\s*\.?$/u),  boilerplate: new RegExp(
    [
      common.boilerplate.source,
      /^(?:liens?\s+d['’]accessibilit[ée]|aller\s+au\s+(?:contenu|menu)(?:\s+principal)?|passer\s+(?:au|le)\s+contenu|derni[èe]res?\s+nouvelles|accueil|menu|rechercher|recherche|se\s+connecter|connexion|s['’]abonner|abonnez-vous|newsletter|partager(?:\s+(?:sur|via)\s*:?(?:\s*\p{L}+)?)?|partager\s+(?:cet\s+article|l['’]article)|copier\s+le\s+lien|(?:[\p{Lu}][\p{L}]*\s+){0,3}(?:avec|et)\s+(?:les\s+)?agences|écouter(?:\s+cet\s+article)?|(?:article\s+)?réservé\s+aux\s+abonnés|offrir(?:\s+(?:cet|l['’])\s*article)?|ajouter\s+à\s+(?:mes|vos)\s+(?:favoris|sélections)|suivre(?:\s+ce\s+sujet)?|lire\s+plus\s+tard|signaler\s+(?:un\s+abus|une\s+erreur)|voir\s+les\s+commentaires|tweeter|imprimer|envoyer|réagir|commenter|publicité|fermer|suivez-nous.*|tous\s+droits\s+réservés.*|temps\s+de\s+lecture\s*:?\s*\d+\s*min\.?|lecture\s*:?\s*\d+\s*min\.?|mentions\s+légales|plan\s+du\s+site|en\s+direct|vidéo|photos?|la\s+une|à\s+la\s+une|mis\s+à\s+jour\s+le\s+.*|publié\s+(?:le|il\s+y\s+a)\s+.*|il\s+y\s+a\s+\d+\s+(?:minutes?|heures?|h|jours?)|modifié\s+le\s+.*|taille\s+du\s+texte|police|accepter(?:\s+les\s+cookies)?|tout\s+accepter|refuser)\s*:?$/iu
        .source,
    ].join('|'),
    'iu',
  ),
  sections: new Set([
    'international', 'monde', 'france', 'politique', 'économie', 'societé', 'société', 'culture', 'sport',
    'sports', 'europe', 'afrique', 'moyen-orient', 'asie', 'amériques', 'opinions', 'idées', 'sciences',
    'santé', 'planète', 'faits divers', 'justice', 'environnement', 'tech', 'médias', 'régions', 'actualités',
    'actualité', 'proche-orient', 'défense', 'diplomatie',
  ]),
  relatedList: /^(?:(?:à\s+)?lire\s+(?:aussi|également)|sur\s+le\s+même\s+sujet|dans\s+la\s+même\s+rubrique|articles?\s+(?:liés|associés|similaires)|nos\s+articles\s+sur\s+le\s+sujet|voir\s+aussi)\s*:?$/iu,
  endOfArticle: new RegExp(
    [
      common.endOfArticle.source,
      /^(?:les\s+plus\s+(?:lus|partagés|commentés)|les\s+articles\s+les\s+plus\s+lus|commentaires?(?:\s*\(\d+\))?|\d+\s+commentaires?|réagissez|ajouter\s+un\s+commentaire|laisser\s+un\s+commentaire|(?:[^.!?]{1,60}[.,]\s*)?tous\s+droits\s+réservés|réagir\s+à\s+cet\s+article|cet\s+article\s+(?:a\s+été\s+(?:publié|mis\s+à\s+jour|modifié)|est\s+paru|vous\s+a\s+plu|est\s+réservé)|suivez\s+[^.]{1,40}\s+sur\s+(?:twitter|facebook|x|instagram|bluesky)|retrouvez\s+(?:toute\s+)?l['’]actualité|vous\s+aimerez\s+(?:aussi|également)|recommandé\s+pour\s+vous|contenus?\s+(?:sponsorisés?|partenaires?)|à\s+découvrir(?:\s+aussi)?|les\s+dernières\s+(?:actualités|infos|vidéos|dépêches)|tags?\s*:|nos\s+(?:derniers\s+)?articles\s+sur|plus\s+d['’]infos\s*:?$|mots[- ]clés|vous\s+devez\s+être\s+connecté|recevez\s+notre\s+newsletter|inscrivez-vous\s+à\s+(?:notre|la)\s+newsletter|vous\s+avez\s+aimé\s+cet\s+article|cet\s+article\s+vous\s+a\s+plu|nos\s+(?:autres\s+)?articles\s+sur\s+le\s+même\s+thème)/iu.source,
    ].join('|'),
    'iu',
  ),
};
