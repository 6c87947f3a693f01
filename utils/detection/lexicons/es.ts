import type { LexiconData } from './lexicon-types';
import { carriedOut } from './entry-forms';

// Spanish. Gender and number by endings: torturado/torturada/torturados/torturadas/tortura -> "tortur";
// accents are folded by normalization ("ejecucion" meets "ejecución", "comunes" meets "común").
/** Lo que se ejecuta cuando «ejecución» es llevar a cabo: un plan, un contrato, un presupuesto, una jugada. */
const CARRIED_OUT =
  'plan/planes/proyecto/proyectos/contrato/contratos/presupuesto/presupuestos/programa/programas/código/obra/obras/tarea/tareas/estrategia/gasto/transacciones/hipoteca/jugada/penalti/lanzamiento/saque/córner/remate/partitura/sinfonía/pieza';

export const es: LexiconData = {
  lang: 'es',
  inflection: 'suffix',
  endings: 'aciones acion amientos amiento iones ion adas ados ada ado idas idos ida ido as os a o es s e',
  minStem: 3,
  graphic: {
    'dead-bodies': 'cuerpo|morgue|depósito de cadáveres|anfiteatro forense|muerto/muertos/muertas tendido/tendidos',
    torture: 'tortura|huellas de tortura|señales de tortura|marcas de quemaduras|quemaduras de cigarrillo|descargas eléctricas|electrocutado|azotado|mutilado',
    execution: 'ejecución|ejecutado|ejecutar/ejecuta/ejecutan/ejecutaron/ejecutó/ejecutaban a|fusilado|pelotón de fusilamiento|decapitado|degollado|ahorcado|horca|tiro en la cabeza|tiro de gracia|linchado|ejecución extrajudicial|dispar-/fuego contra/a los/las? *? civil/prisionero/detenido/desarmado/maniatado',
    injury: 'cercenado|desmembrado|ensangrentado|cubierto de sangre|charco de sangre|manchado de sangre|vísceras|destripado',
    remains: 'restos humanos|restos óseos|fosa común|fosa clandestina|cráneo|calavera|esqueleto|osamenta|exhumación',
    'sexual-violence': 'desnudez forzada|desnudados a la fuerza',
  },
  injury: {
    execution: 'abrir/abren/abrieron/abriendo/abrió? fuego contra/sobre la/los/las? manifestante/multitud/civil',
    injury: 'baleado|acribillado|yacen|=yacía|=yacían|herido|lesionado grave|sangre|sangrando|sangriento|quemado|quemaduras|metralla|amputado|vendado|moretones|hematomas|cicatriz|cicatrices|hospital de campaña|triaje',
    // "golpeado por las lesiones", "la sequía golpea": un golpe figurado; la paliza real nombra a quién o cómo.
    torture: 'golpeado hasta la muerte|golpeado por policía/policías/agentes/militares/soldados/guardias/custodios/carceleros/paramilitares|golpeado por la policía|golpiza|muerto a golpes|apaleado|maltratado|azotes',
    'dead-bodies': 'mortaja|amortajado|los muertos',
  },
  borderline: {
    'dead-bodies': 'luto|duelo|funeral|entierro|sepelio|tumba|sepultura|cementerio|ataúd|féretro|velatorio|vigilia|memorial|dolientes|lloran',
    injury: 'escombros|ruinas|restos del edificio',
  },
  evacuation: 'cargan/cargando/llevan/llevando a/al? un/una/los? herido|evacuar|evacuación|camilla|ambulancia|paramédico|socorrista|rescate|rescatista|trasladan|trasladado',
  topic: {
    // Una cifra de muertos es un recuento, no la descripción de una imagen ("la cifra de los muertos" antes que "los muertos").
    'dead-bodies': 'cifra/número/balance/recuento de los/las? muertos/fallecidos/víctimas|cifra/número/balance/recuento de víctimas mortales|víctimas mortales|baño de sangre|matar|asesinato|asesinado|muerto|fallecido|masacre|matanza|víctima|genocidio|atrocidad|crimen de guerra|bombardeo|ataque aéreo|disparo|francotirador|atentado|ataque|homicidio',
    torture: 'abusos|detenido|prisionero|preso|interrogatorio|malos tratos|desaparición forzada|desaparecido|torturador',
    execution: 'pena de muerte|condenado a muerte',
    'sexual-violence': 'violación|violencia sexual|agresión sexual|abuso sexual|esclavitud sexual',
    injury: 'violencia',
  },
  traps:
    `alto el fuego|cese al fuego|auténtica/verdadera/pura/una tortura para|fue una tortura|auténtica/verdadera/pura tortura|prueba/pruebas/test de tortura|prueba de resistencia|función/funcionalidad/aplicación asesina|matar/mata/matan/mató/matando a/al/la/los/las? competencia/márgenes/margen/ilusión/ilusiones/esperanza/esperanzas/partido/tiempo/negocio/mercado/innovación/consumo|matar el tiempo|killer feature|tiro/tiros/disparo/disparos a/al puerta/arco|disparo a portería|tiro a puerta|naranja/naranjas sanguina/sanguinas|cuerpo diplomático/técnico/docente/electoral/legislativo/celeste/médico/consular/colegiado|cuerpo de bomberos/policía/agua/ballet/texto|cuerpos de agua/seguridad|cuerpo a cuerpo|en cuerpo y alma|cuerpo del delito|guardaespaldas|análisis/prueba/donación/donante de sangre|donar sangre|sangre fría|a sangre fría|sangre nueva|presión/grupo sanguíneo/sanguínea|mar muerto|punto muerto|tiempo muerto|lengua/lenguas muerta/muertas|naturaleza/naturalezas muerta/muertas|empate técnico|ejecución del/de * sentencia|${carriedOut('ejecución', 'del/de', CARRIED_OUT)}|ejecución perfecta/impecable/brillante/magistral/magnífica/excelente/soberbia/espléndida/precisa/técnica/táctica/deficiente/limpia/quirúrgica/hipotecaria|ejecución sin fallos|bien/mal/perfectamente ejecutado|ejecutado/ejecutada/ejecutar/ejecutó/ejecuta/ejecutan/ejecutaron a la perfección|ejecución presupuestaria|ejecución de órdenes/obras/contratos/proyectos/programas/sentencias/tareas/transacciones/presupuestos/decisiones/medidas|buena/mala/perfecta ejecución|ejecutar/ejecutó/ejecutado/ejecutada/ejecuta/ejecutan *? *? plan/proyecto/programa/código/estrategia/jugada/penalti/obra/presupuesto|ejecutar el/un plan/proyecto/programa/código/pago|lesión/lesiones en la rodilla/rodilla/tobillo/muslo/isquiotibiales/hombro|herido en la rodilla/tobillo|lesión muscular|tumba abierta|muerto de risa`,
  sport:
    'partido|temporada|entrenador|delantero|centrocampista|portero|torneo|liga|jugador|olímpico|campeonato|estadio|tenis|fútbol|baloncesto',
  fiction:
    'teatro|obra de teatro|puesta en escena|actor|actriz|elenco|estreno|drama|serie de televisión|serie policial|telenovela|episodio|novela|thriller|película de terror|cine|ópera|videojuego|disfraz|halloween|zombi|ficción|rodaje|netflix',
  nonDepiction:
    'retrato|foto de archivo de|mapa|satélite|imagen satelital|gráfico|infografía|logotipo|logo|diagrama|rueda de prensa|conferencia de prensa|tribunal|juicio|audiencia|corte|posa|posando|captura de pantalla|documento|portada del libro|pancarta|cartel|vista aérea|declara|testifica|entrevista|discurso|habla',
  explicitDeath: 'cadáver|sin vida|calcinado|carbonizado|descompuesto|en descomposición',
  document: 'una/uno de las/los *? fotografía/foto/imagen/fotograma|fotograma/captura de/del|imagen/foto de un/del video/vídeo|captura de pantalla de un/del video|fotografía/foto/imagen de los/del archivo/archivos/expediente',
  depicts: 'muestra|muestran|mostrando|retrata|se ve',
};
