import type { CleaningRules } from '../types.js';
import { cleaning as common } from '../xx/cleaning.js';

/** Spanish chrome in scraped text, as Spanish and Latin American news sites print it. */
export const cleaning: CleaningRules = {
  related: /^(?:[>»•▶►-]\s*)?(?:lee\s+también|lea\s+también|leer\s+más|lee\s+más|te\s+puede\s+interesar|le\s+puede\s+interesar|noticias\s+relacionadas|ver\s+también|más\s+información)\b\s*:?\s*/iu,
  credit: /^(?:[Cc]on\s+(?<agency>[\p{Lu}][\p{L}.]*(?:\s*(?:,|y|\/)\s*[\p{Lu}][\p{L}.]*)*)\.?|[Pp]or\s+(?<byline>[\p{Lu}][\p{L}'’.-]+(?:\s+(?:de\s+(?:la\s+)?|del\s+)?[\p{Lu}][\p{L}'’.-]+){0,3}(?:\s*(?:,|y)\s*[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3})*)|(?:[Ff]uentes?)\s*:\s*(?<source>[\p{Lu}][\p{L}.]*(?:\s*[,/]\s*[\p{Lu}][\p{L}.]*)*))\s*\.?$/u,
  boilerplate: new RegExp(
    [
      common.boilerplate.source,
      /^(?:saltar\s+al\s+contenido(?:\s+principal)?|ir\s+al\s+contenido|inicio|portada|menú|buscar|búsqueda|iniciar\s+sesión|acceder|suscríbete|suscribirse|boletín|newsletter|compartir(?:\s+en\s+\p{L}+)?|tuitear|imprimir|enviar|comentar|publicidad|anuncio|cerrar|síguenos.*|todos\s+los\s+derechos\s+reservados.*|aviso\s+legal|política\s+de\s+privacidad|en\s+directo|vídeo|video|fotos?|actualizado\s+.*|publicado\s+.*|aceptar(?:\s+todo)?|rechazar(?:\s+todo)?)\s*:?$/iu
        .source,
    ].join('|'),
    'iu',
  ),
  sections: new Set([
    'internacional', 'mundo', 'nacional', 'españa', 'política', 'economía', 'sociedad', 'cultura', 'deportes',
    'opinión', 'ciencia', 'salud', 'tecnología', 'américa', 'europa', 'áfrica', 'asia', 'oriente próximo',
    'medio oriente', 'local', 'noticias', 'actualidad', 'clima', 'medio ambiente',
  ]),
  relatedList: /^(?:noticias\s+relacionadas|te\s+puede\s+interesar|le\s+puede\s+interesar|lee\s+también|lea\s+también|más\s+noticias|artículos\s+relacionados|contenido\s+relacionado|ver\s+también)\s*:?$/iu,
  endOfArticle: new RegExp(
    [
      common.endOfArticle.source,
      /^(?:lo\s+más\s+(?:leído|visto|compartido|comentado)|comentarios?(?:\s*\(\d+\))?|\d+\s+comentarios?|deja\s+(?:un|tu)\s+comentario|todos\s+los\s+derechos\s+reservados|suscríbete\s+a\s+nuestro\s+boletín)\b/iu.source,
    ].join('|'),
    'iu',
  ),
};
