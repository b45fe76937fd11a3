import type { HtmlCleaningWords } from '../../stages/clean/html/cleaning-words.js';

/** French chrome as French news sites print it (Le Monde, RT France, VOA Afrique, regional press). */
export const htmlCleaningWords: HtmlCleaningWords = {
  relatedLeads: [
    'lire aussi', 'à lire aussi', 'a lire aussi', 'lire également', 'à lire également', 'à lire',
    'voir aussi', 'à voir aussi', 'à voir', 'sur le même sujet', 'sur le même thème', 'lire la suite',
    'notre article', 'relire', 'pour aller plus loin', 'en savoir plus', 'découvrir aussi',
    'vous aimerez aussi', 'ces articles peuvent vous intéresser', 'à découvrir', 'lisez aussi',
  ],
  relatedHeadings: [
    'sur le même sujet', 'à lire aussi', 'lire aussi', 'articles similaires', 'articles liés',
    'dans la même rubrique', 'à découvrir', 'nos autres articles', 'vous aimerez aussi',
    'sélectionné pour vous', 'ne manquez pas', 'à voir aussi', 'articles recommandés',
  ],
  popularHeadings: [
    'les plus lus', 'les plus partagés', 'les plus commentés', 'les plus consultés', 'les plus vus',
    'articles les plus lus', 'les articles les plus lus', 'derniers articles', 'les dernières actualités',
    'dernières actualités', 'dernières infos', 'à la une', 'en ce moment', 'tendances', 'le direct',
  ],
  commentHeadings: [
    'commentaires', 'commentaire', 'réagir', 'réagissez', 'vos réactions', 'laisser un commentaire',
    'laissez un commentaire', 'ajouter un commentaire', 'écrire un commentaire', 'les commentaires',
    'réactions', 'poster un commentaire', 'donnez votre avis',
  ],
  chromeLines: [
    'partager', 'partager sur facebook', 'partager sur twitter', 'partager sur linkedin', 'tweeter',
    'imprimer', 'envoyer', 'envoyer par e-mail', 'envoyer par email', 'copier le lien', 'lien copié',
    'publicité', 'pub', 'annonce', 'contenu sponsorisé', 'abonnez-vous', "s'abonner", "je m'abonne",
    'se connecter', 'connexion', 'inscription', "s'inscrire", 'menu', 'rechercher', 'fermer',
    'accueil', 'retour en haut', 'haut de page', 'aller au contenu', 'aller au contenu principal',
    'passer au contenu', 'accepter', 'tout accepter', 'refuser', 'tout refuser', 'paramétrer',
    'personnaliser', 'en savoir plus', 'lire la suite', 'suivre', 'suivez-nous', 'newsletter',
    'voir plus', 'afficher plus', 'charger plus', 'plus', 'agrandir le texte', 'réduire le texte',
    'taille du texte', 'écouter', 'écouter cet article', 'favoris', 'ajouter à mes favoris',
    'permalien', 'sauvegarder', 'offrir cet article', 'article réservé aux abonnés', 'réservé aux abonnés',
    'contenu réservé aux abonnés',
  ],
  chromeLeads: [
    'suivez-nous sur', 'retrouvez-nous sur', 'abonnez-vous à', 'inscrivez-vous à', 'recevez notre',
    'cet article est réservé', 'nous utilisons des cookies', 'ce site utilise des cookies',
    'en poursuivant votre navigation', 'vous avez choisi de refuser', 'partager sur',
    'télécharger l’application', "télécharger l'application", 'tous droits réservés',
    'cet article vous a plu', 'vous souhaitez réagir', 'déjà abonné', 'les plus lus',
  ],
  creditJoiners: ['et', 'avec'],
  dateJoiners: [],
  creditLeads: ['par', 'avec', 'de notre envoyé spécial', 'de notre envoyée spéciale', 'de notre correspondant', 'de notre correspondante', 'propos recueillis par'],
  photoCreditLeads: ['photo', 'photos', 'crédit', 'crédits', 'illustration', 'image', '©'],
  months: [
    ['janvier', 'janv'], ['février', 'fevrier', 'févr', 'fév'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août', 'aout'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'],
    ['décembre', 'decembre', 'déc', 'dec'],
  ],
};
