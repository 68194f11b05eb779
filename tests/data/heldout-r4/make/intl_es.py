"""Spanish held-out messages (round 4), written by heldout4."""

from mk import SMALL_PDF, msg

M: list = []
LUC = "Lucía Ferrer <lucia.ferrer.m@gmail.com>"


def A(m: dict) -> None:
    m["language"] = "es"
    M.append(m)


A(msg("r4-es-01.eml", "Selección Grupo Almendral <seleccion@grupoalmendral.es>", LUC,
      "2026-04-14 09:30 +0200", "Hemos recibido tu candidatura - Analista de Datos Sr.",
      """Hola Lucía:

Gracias por tu interés en Grupo Almendral. Hemos recibido tu candidatura para el puesto de
Analista de Datos Senior (ref. GA-0331) y nuestro equipo de Talento la está revisando.

Te contestaremos en un plazo máximo de 10 días hábiles, tanto si avanzas en el proceso como si no.

Un saludo,
Equipo de Talento - Grupo Almendral

Este mensaje y sus anexos son confidenciales. De conformidad con el RGPD, le informamos de que sus
datos serán tratados por Grupo Almendral S.A. con la finalidad de gestionar procesos de selección.
""", labels=["application_received", "timeline_stated"], by="2026-04-28"))

A(msg("r4-es-02.eml", "InfoJobs <notificaciones@infojobs.net>", LUC,
      "2026-04-15 11:02 +0200", "La empresa ha recibido tu candidatura",
      """Hola Lucía,

Tu candidatura a la oferta "Data Engineer (remoto)" de Corvina Software ha sido recibida por la
empresa. Estado: CV recibido.

Te avisaremos cuando la empresa lea tu CV o cambie el estado del proceso.

InfoJobs - Darse de baja de estas notificaciones
""", labels=["application_received"]))

A(msg("r4-es-03.eml", "Marisol Guzmán <marisol.guzman@tlalocdata.mx>", LUC,
      "2026-04-16 13:15 -0600", "Re: Vacante Científica de Datos",
      """Hola Lucía, ¿qué tal?

Recibimos tu CV, muchas gracias por escribirnos. Se lo paso hoy mismo al líder del equipo y
en cuanto tenga noticias te aviso.

Saludos cordiales,
Marisol Guzmán
Reclutamiento | Tláloc Data
""", labels=["application_received"]))

A(msg("r4-es-04.eml", "Servicio de Personal <personal.pas@uv-valencia.example.es>", LUC,
      "2026-04-17 12:00 +0200", "Registro de su solicitud - Técnico/a de Análisis de Datos (Convocatoria 14/2026)",
      """Estimada Sra. Ferrer:

Le comunicamos que se ha registrado correctamente su solicitud de participación en la
convocatoria 14/2026 para la provisión de una plaza de Técnico/a de Análisis de Datos.

La lista provisional de personas admitidas se publicará en el tablón electrónico.

Atentamente,
Servicio de Personal de Administración y Servicios
""", labels=["application_received"]))

A(msg("r4-es-05.eml", "Beatriz Ortega <beatriz.ortega@grupoalmendral.es>", LUC,
      "2026-04-21 10:40 +0200", "Entrevista - Analista de Datos Sr.",
      """Hola Lucía:

Nos ha gustado mucho tu perfil y nos gustaría invitarte a una entrevista con la responsable del
área, Carmen Ruiz, y conmigo. ¿Te viene bien el martes 28 a las 10:00 en nuestras oficinas de
Paseo de la Castellana, 95? Si no, dime qué otro día te encaja esa semana.

Un saludo,
Beatriz Ortega
Talent Acquisition
""", labels=["interview_request"]))

A(msg("r4-es-06.eml", "Martín Giménez <martin@pampa-analytics.com.ar>", LUC,
      "2026-04-22 19:05 -0300", "charla?",
      """Hola Lucía! Vi tu postulación para el puesto de analytics engineer y me encantó tu perfil.
¿Tenés disponibilidad para una charla por videollamada la semana que viene? Pasame un par de
horarios que te queden cómodos (acordate de la diferencia horaria jaja).

Abrazo,
Martín
Fundador, Pampa Analytics
""", labels=["interview_request"]))

A(msg("r4-es-07.eml", "Servicio de Personal <personal.pas@uv-valencia.example.es>", LUC,
      "2026-05-18 09:00 +0200", "Convocatoria 14/2026 - citación a entrevista",
      """Estimada Sra. Ferrer:

Por la presente se le cita a la fase de entrevista personal ante el tribunal calificador, que
tendrá lugar el día 2 de junio de 2026 a las 11:30 horas en la Sala de Juntas del Edificio de
Rectorado, Av. Blasco Ibáñez 13.

Deberá presentar su DNI original.

Atentamente,
La Secretaria del Tribunal
""", labels=["interview_request"]))

A(msg("r4-es-08.eml", "Andrés Palacios <andres.palacios@talentoiberia.es>", LUC,
      "2026-04-24 16:20 +0200", "El cliente quiere conocerte",
      """Hola Lucía,

¡Buenas noticias! Le he pasado tu perfil a mi cliente (una aseguradora en Barcelona) y quiere
conocerte. Te propongo una primera entrevista por Teams con el director de Datos el jueves o el
viernes por la mañana. ¿Cuál te va mejor?

Saludos,
Andrés Palacios
Consultor Senior | Talento Iberia
""", labels=["interview_request"]))

A(msg("r4-es-09.eml", "Corvina Software <noreply@candidates.workablemail.com>", LUC,
      "2026-05-05 14:00 +0200", "Tu candidatura en Corvina Software",
      """Hola Lucía,

Gracias por tu interés en el puesto de Data Engineer (remoto) y por el tiempo dedicado al
proceso.

Lamentamos comunicarte que en esta ocasión no has sido seleccionada para continuar. Guardaremos
tu CV para futuras vacantes.

Un saludo,
El equipo de Corvina Software
""", labels=["rejection"]))

A(msg("r4-es-10.eml", "Beatriz Ortega <beatriz.ortega@grupoalmendral.es>", LUC,
      "2026-05-08 17:30 +0200", "Proceso Analista de Datos Sr.",
      """Hola Lucía:

Muchas gracias por todo el tiempo que nos has dedicado en estas semanas, y por el caso práctico,
que nos gustó mucho.

Tras la última ronda hemos decidido continuar con otra persona cuyo perfil encaja algo más con
las necesidades inmediatas del equipo en riesgo de crédito. Ha sido una decisión muy ajustada y
nos encantaría seguir en contacto para futuras posiciones.

Un abrazo,
Beatriz
""", labels=["rejection"]))

A(msg("r4-es-11.eml", "Andrés Palacios <andres.palacios@talentoiberia.es>", LUC,
      "2026-05-12 12:45 +0200", "Actualización proceso aseguradora",
      """Hola Lucía,

Te escribo para informarte de que el proceso de selección ha finalizado y la posición ha sido
cubierta por otro candidato. Te agradezco mucho tu disponibilidad durante todo el proceso.

Seguimos en contacto,
Andrés
""", labels=["rejection"]))

A(msg("r4-es-12.eml", "Carmen Ruiz <carmen.ruiz@banconorte.example.es>", LUC,
      "2026-05-20 13:10 +0200", "Oferta - Científica de Datos",
      """Hola Lucía:

Nos complace ofrecerte el puesto de Científica de Datos en el equipo de Riesgos de Banco Norte,
con un salario bruto anual de 48.000 € más retribución variable de hasta el 10 %, contrato
indefinido y jornada híbrida.

Te adjunto la carta de oferta. Cualquier duda, llámame.

Un saludo,
Carmen Ruiz
""", labels=["offer", "salary_discussed"],
      attach=[("Carta_oferta_L_Ferrer.pdf", "application", "pdf", SMALL_PDF)]))

A(msg("r4-es-13.eml", "Marisol Guzmán <marisol.guzman@tlalocdata.mx>", LUC,
      "2026-05-22 18:40 -0600", "Oferta formal - Tláloc Data",
      """Hola Lucía,

¡Felicidades! Después de las entrevistas, el equipo decidió extenderte una oferta formal para la
posición de Científica de Datos. En breve te llega el documento por DocuSign con todos los
detalles.

Saludos cordiales,
Marisol
""", labels=["offer"]))

A(msg("r4-es-14.eml", "Martín Giménez <martin@pampa-analytics.com.ar>", LUC,
      "2026-05-26 20:15 -0300", "confirmado",
      """Como te comenté por teléfono, confirmamos la oferta. Te mando el contrato mañana. ¡Bienvenida!

Martín
""", labels=["offer"]))

A(msg("r4-es-15.eml", "Jordi Puig <jordi.puig@assegurances-mediterrani.example.cat>", LUC,
      "2026-09-08 11:20 +0200", "Seguimiento entrevista",
      """Hola Lucía,

Gracias por venir ayer. Nos queda una entrevista más y te daremos una respuesta como muy tarde el
viernes.

Salut,
Jordi
""", labels=["timeline_stated"], by="2026-09-11"))

A(msg("r4-es-16.eml", "Rocío Delgado <rocio.delgado@solaria-energia.example.es>", LUC,
      "2026-10-20 16:50 +0200", "Proceso Jefa de Analítica",
      """Hola Lucía:

Gracias por tu paciencia. El comité de dirección revisará las candidaturas finalistas a finales
de este mes, así que tendrás noticias nuestras a principios del mes que viene.

Un saludo,
Rocío Delgado
Responsable de Personas
""", labels=["timeline_stated"], by="2026-11-10"))

A(msg("r4-es-17.eml", "El Corte Inglés <ofertas@elcorteingles.es>", LUC,
      "2026-06-01 08:00 +0200", "Oferta exclusiva: -20% en moda hasta el domingo",
      html="""<html><body><h2>Oferta exclusiva para ti, Lucía</h2>
<table><tr><td>Moda mujer</td><td>-20%</td></tr><tr><td>Electrónica</td><td>hasta -30%</td></tr></table>
<p>Próximos pasos: activa tu cupón en la app. Oferta válida hasta el domingo.</p>
<p style="font-size:10px">Darse de baja</p></body></html>""", labels=[]))

A(msg("r4-es-18.eml", "El País <newsletter@elpais.es>", LUC,
      "2026-06-02 07:00 +0200", "La entrevista del día: la presidenta del Tribunal Constitucional",
      """EL PAÍS - Boletín de la mañana

La entrevista: "El papel de los jueces no es hacer política".
Economía: el Gobierno rechaza la oferta de compra del BBVA sobre el Sabadell.
Empleo: el paro baja en 40.000 personas; las ofertas de trabajo crecen en tecnología.

Darse de baja de este boletín
""", labels=[]))

A(msg("r4-es-19.eml", "LinkedIn <jobalerts-noreply@linkedin.com>", LUC,
      "2026-06-03 06:05 +0000", "Nuevos empleos de \"analista de datos\" en Madrid",
      """Tu alerta de empleo: analista de datos en Madrid

Analista de Datos - BBVA - Madrid (híbrido) - Solicitud sencilla
Data Analyst - Glovo - Remoto - Sé de los primeros en solicitar
Analista BI - Mapfre - Madrid - 35.000 € - 42.000 €

Ver todos los empleos · Darse de baja
""", labels=[]))

A(msg("r4-es-20.eml", "Beatriz Ortega <beatriz.ortega@grupoalmendral.es>", LUC,
      "2026-08-03 08:00 +0200", "Respuesta automática: Entrevista",
      """Hola,

Estaré fuera de la oficina hasta el 24 de agosto, sin acceso al correo. Para temas de procesos de
selección, escribe a seleccion@grupoalmendral.es.

Gracias,
Beatriz Ortega
""", labels=[], headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}))
