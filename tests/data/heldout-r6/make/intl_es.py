"""Spanish messages of the intl set (hand-written)."""

from mailkit import date

LUCIA = "Lucía Fernández <lucia.fernandez.r@gmail.com>"
ES: list[tuple[str, list[str], str | None, dict]] = []


def m(name, labels, exp=None, **kw):
    ES.append((name, labels, exp, kw))


m("es01_candidatura_recibida.eml", ["application_received"],
  frm="Logística Ibérica Norte <no-reply@logiberica.recruitee.com>", to=LUCIA,
  when=date("2026-11-03 10:15", "+0100"), subject="Hemos recibido tu candidatura",
  text="""Hola Lucía:

¡Gracias por tu interés en Logística Ibérica Norte! Hemos recibido correctamente tu
candidatura para el puesto de Jefa de Tráfico en Zaragoza (PLAZA).

Nuestro equipo de selección revisará tu perfil y nos pondremos en contacto contigo si
encaja con lo que buscamos.

Un saludo,
Equipo de Talento – Logística Ibérica Norte
""")

m("es02_recibida_diez_dias.eml", ["application_received", "timeline_stated"], "2026-11-20",
  frm="Selección Grupo Altamar <seleccion@grupoaltamar.es>", to=LUCIA,
  when=date("2026-11-10 12:00", "+0100"), subject="Confirmación de recepción – Analista financiera senior",
  text="""Estimada Sra. Fernández:

Le confirmamos que hemos recibido su candidatura para el puesto de Analista financiera
senior (ref. GA-2026-88). Actualmente estamos revisando todas las candidaturas y le
informaremos del resultado en un plazo de diez días.

Atentamente,
Departamento de Recursos Humanos
Grupo Altamar
""")

m("es03_entrevista_presencial.eml", ["interview_request"],
  frm="Marta Echeverría <marta.echeverria@logiberica.es>", to=LUCIA,
  when=date("2026-11-11 09:40", "+0100"), subject="Entrevista – Jefa de Tráfico",
  text="""Hola Lucía:

Tras revisar tu candidatura, nos gustaría conocerte en persona. ¿Podrías venir a una
entrevista el jueves 19 de noviembre a las 11:00 en nuestras oficinas de PLAZA (Calle
Bari, 33)? Estarás con Andrés Gil, director de operaciones, y conmigo.

Si no te viene bien, dime qué otros días tienes disponibles esta semana o la siguiente.

Un saludo,
Marta Echeverría
Técnica de Selección
""")

m("es04_headhunter_llamada.eml", ["interview_request"],
  frm="Diego Sanz <diego.sanz@headsearch.mx>", to=LUCIA,
  when=date("2026-11-17 19:22", "-0600"), subject="Oportunidad – Gerente de Finanzas (CDMX)",
  text="""Hola Lucía, ¿qué tal?

Te escribo de parte de HeadSearch. Mi cliente, una empresa de manufactura en Querétaro,
vio tu perfil y le encantaría platicar contigo sobre la gerencia de finanzas. ¿Tendrías
chance de una videollamada con el CFO el lunes o martes a mediodía (hora de CDMX)?

Quedo atento, saludos!
Diego
""")

m("es05_rechazo_formal.eml", ["rejection"],
  frm="Selección Grupo Altamar <seleccion@grupoaltamar.es>", to=LUCIA,
  when=date("2026-11-19 16:30", "+0100"), subject="Proceso de selección – Analista financiera senior",
  text="""Estimada Sra. Fernández:

Agradecemos sinceramente el interés mostrado por formar parte de Grupo Altamar. Tras
analizar detenidamente su candidatura, lamentamos comunicarle que en esta ocasión no
continuará en el proceso de selección.

Conservaremos sus datos para futuras oportunidades, si usted así lo desea.

Atentamente,
Recursos Humanos
""")

m("es06_rechazo_calido.eml", ["rejection"],
  frm="Andrés Gil <andres.gil@logiberica.es>", to=LUCIA,
  when=date("2026-11-26 18:50", "+0100"), subject="Gracias, Lucía",
  text="""Hola Lucía:

Quería escribirte yo mismo. Muchísimas gracias por tu tiempo en las dos entrevistas y
por la propuesta que preparaste para el almacén de Alfajarín; nos pareció muy buena.

Ha sido una decisión muy ajustada, pero finalmente hemos optado por otra candidata con
más experiencia en transporte frigorífico, que es lo que más necesitamos ahora mismo.

Si te parece bien, me encantaría llamarte para darte feedback, y espero que podamos
coincidir más adelante.

Un abrazo,
Andrés
""")

m("es07_oferta_salario.eml", ["offer", "salary_discussed"],
  frm="Diego Sanz <diego.sanz@headsearch.mx>", to=LUCIA,
  when=date("2026-11-27 13:10", "-0600"), subject="¡Oferta!",
  text="""Lucía, ¡felicidades!

El cliente quiere ofrecerte la gerencia de finanzas. La propuesta es de 95,000 MXN
mensuales brutos más bono anual del 15 % y seguro de gastos médicos mayores. La carta
oferta te la manda su equipo de RRHH.

Márcame cuando puedas para platicar los detalles.

Diego
""")

m("es08_carta_oferta.eml", ["offer"],
  frm="RRHH Conservas del Cantábrico <rrhh@conservascantabrico.es>", to=LUCIA,
  when=date("2026-12-01 10:00", "+0100"), subject="Oferta de empleo – Responsable de Compras",
  text="""Estimada Lucía:

Nos complace comunicarte que has sido seleccionada para el puesto de Responsable de
Compras. Adjuntamos la carta oferta con las condiciones del contrato indefinido.

Te agradeceríamos que nos la devolvieras firmada antes del 11 de diciembre.

Un cordial saludo,
Recursos Humanos
Conservas del Cantábrico, S.A.
""")

m("es09_respuesta_antes_viernes.eml", ["timeline_stated"], "2026-11-20",
  frm="Marta Echeverría <marta.echeverria@logiberica.es>", to=LUCIA,
  when=date("2026-11-17 12:15", "+0100"), subject="RE: Entrevista – Jefa de Tráfico",
  in_reply_to="<CAL0x9@mail.gmail.com>",
  text="""Hola Lucía:

Gracias por confirmar. Te comento que después de la entrevista del jueves tendremos una
respuesta para todos los candidatos, como muy tarde el viernes de esta semana.

Saludos,
Marta

El lun, 16 nov 2026 a las 20:01, Lucía Fernández escribió:
> Hola Marta, confirmo la entrevista del jueves a las 11:00. ¡Gracias!
""")

m("es10_dos_semanas.eml", ["timeline_stated"], "2026-12-16",
  frm="Íñigo Arrieta <iarrieta@conservascantabrico.es>", to=LUCIA,
  when=date("2026-12-02 17:00", "+0100"), subject="Gracias por la entrevista",
  text="""Buenas tardes, Lucía:

Gracias por venir hoy a Santoña. Nos queda una última entrevista y la decisión final la
tomará la dirección general. Te daremos una respuesta en un plazo máximo de dos semanas.

Un saludo,
Íñigo Arrieta
Director de Compras
""")

m("es11_preaviso_incorporacion.eml", ["notice_period_asked"],
  frm="Íñigo Arrieta <iarrieta@conservascantabrico.es>", to=LUCIA,
  when=date("2026-11-24 09:10", "+0100"), subject="Pregunta rápida",
  text="""Hola Lucía:

Antes de la entrevista del día 2, ¿podrías indicarme cuánto preaviso tienes que dar en
tu empresa actual y cuándo podrías incorporarte?

Gracias,
Íñigo
""")

m("es12_infojobs_consejos.eml", [],
  frm="InfoJobs <alertas@infojobs.net>", to=LUCIA,
  when=date("2026-11-22 07:30", "+0100"), subject="Nuevas ofertas para ti + consejos para tu entrevista",
  headers={"List-Unsubscribe": "<https://www.infojobs.net/baja>", "Precedence": "bulk"},
  text="""Hola Lucía,

Tenemos 6 nuevas ofertas de empleo que encajan con tu perfil:
- Jefe/a de tráfico – Zaragoza – 35.000 € – 40.000 €
- Responsable de operaciones – Huesca

Consejos para tu entrevista: investiga la empresa, prepara ejemplos concretos y
pregunta por los próximos pasos.

Darse de baja
""")

m("es13_pedido_enviado.eml", [],
  frm="El Corte Inglés <pedidos@elcorteingles.es>", to=LUCIA,
  when=date("2026-11-20 14:40", "+0100"), subject="Tu pedido ha sido enviado",
  text="""Hola Lucía:

Tu pedido 1002-44871 ha sido enviado. Aprovecha nuestra oferta de envío gratis en tu
próxima compra. Te avisaremos cuando el repartidor esté cerca; tu pedido está en la
posición 8 de la ruta de mañana.

El Corte Inglés
""")

m("es14_comunidad_vecinos.eml", [],
  frm="Administración Fincas Ebro <admin@fincasebro.es>", to=LUCIA,
  when=date("2026-11-18 11:00", "+0100"), subject="Junta de vecinos – presupuestos ascensor",
  text="""Estimados vecinos:

Hemos recibido tres ofertas para la reparación del ascensor. Se presentarán en la junta
del próximo día 30. Os responderemos la semana que viene con el orden del día
definitivo.

Un saludo,
La administración
""")

m("es15_fuera_oficina.eml", [],
  frm="Marta Echeverría <marta.echeverria@logiberica.es>", to=LUCIA,
  when=date("2026-11-30 09:00", "+0100"), subject="Respuesta automática: Documentación",
  headers={"Auto-Submitted": "auto-replied"},
  text="""Gracias por tu mensaje. Estoy fuera de la oficina hasta el 2 de diciembre. Para
cualquier consulta sobre procesos de selección o entrevistas, escribe a
seleccion@logiberica.es.

Marta Echeverría
""")
