import type { HtmlCleaningWords } from '../../stages/clean/html/cleaning-words.js';

/** Spanish chrome as Spanish and Latin American news sites and blogs print it. */
export const htmlCleaningWords: HtmlCleaningWords = {
  relatedLeads: [
    'lee también', 'lea también', 'leer también', 'leer más', 'lee más', 'te puede interesar',
    'le puede interesar', 'también te puede interesar', 'noticia relacionada', 'noticias relacionadas',
    'ver también', 'más información', 'artículo relacionado', 'te recomendamos', 'no te pierdas',
  ],
  relatedHeadings: [
    'noticias relacionadas', 'artículos relacionados', 'contenido relacionado', 'te puede interesar',
    'le puede interesar', 'también te puede interesar', 'más noticias', 'más sobre este tema',
    'te recomendamos', 'entradas relacionadas', 'publicaciones relacionadas', 'lee también',
    'temas relacionados', 'más sobre',
  ],
  popularHeadings: [
    'lo más leído', 'lo más visto', 'lo más compartido', 'lo más comentado', 'más leídas', 'más leídos',
    'más vistas', 'últimas noticias', 'tendencias', 'lo último', 'entradas recientes', 'entradas populares',
  ],
  commentHeadings: [
    'comentarios', 'comentario', 'deja un comentario', 'deja tu comentario', 'dejar un comentario',
    'escribe un comentario', 'añadir comentario', 'comenta', 'opiniones', 'respuestas', 'deja una respuesta',
  ],
  chromeLines: [
    'compartir', 'compartir en facebook', 'compartir en twitter', 'compartir en whatsapp', 'tuitear',
    'imprimir', 'enviar', 'enviar por correo', 'copiar enlace', 'enlace copiado', 'publicidad', 'anuncio',
    'patrocinado', 'suscríbete', 'suscribirse', 'iniciar sesión', 'acceder', 'registrarse', 'menú', 'buscar',
    'cerrar', 'inicio', 'portada', 'volver arriba', 'ir al contenido', 'saltar al contenido', 'aceptar',
    'aceptar todo', 'rechazar', 'rechazar todo', 'configurar', 'más información', 'leer más', 'seguir',
    'síguenos', 'ver más', 'cargar más', 'más', 'escuchar', 'guardar', 'aviso legal', 'política de privacidad',
  ],
  chromeLeads: [
    'síguenos en', 'suscríbete a', 'suscríbete al', 'recibe nuestro', 'utilizamos cookies', 'usamos cookies',
    'este sitio web utiliza cookies', 'este sitio utiliza cookies', 'al continuar navegando',
    'todos los derechos reservados', 'descarga la app', '¿ya eres suscriptor', 'este contenido es exclusivo',
    'puede escribirnos', 'escríbenos a', 'última modificación', 'actualizado el', 'publicado el',
    'hazte miembro', 'hacemos periodismo', '¡mira lo que tiene nuestro canal', '¿ya sabías que', 'únete a nuestro canal', 'tú también puedes hacer periodismo', 'suscríbete para',
  ],
  creditLeads: ['por', 'con', 'de nuestro corresponsal', 'de nuestra corresponsal'],
  creditJoiners: ['y', 'con'],
  dateJoiners: ['de'],
  photoCreditLeads: ['foto', 'fotos', 'fotografía', 'imagen', 'crédito', 'ilustración', '©'],
  months: [
    ['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo', 'may'], ['junio', 'jun'],
    ['julio', 'jul'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'sept', 'sep'], ['octubre', 'oct'],
    ['noviembre', 'nov'], ['diciembre', 'dic'],
  ],
};
