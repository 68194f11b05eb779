"""Italian, Dutch and Portuguese held-out messages (round 4, no labels; language given)."""

from mk import msg

M: list = []


def A(m: dict, lang: str) -> None:
    m["language"] = lang
    M.append(m)


A(msg("r4-it-01.eml", "InfoJobs Italia <avvisi@infojobs.it>", "Giulia Conti <giulia.conti@libero.it>",
      "2026-05-04 07:00 +0200", "Nuove offerte di lavoro per \"data analyst\" a Milano",
      """Ciao Giulia,

ecco le nuove offerte che corrispondono alla tua ricerca:

Data Analyst - Intesa Sanpaolo - Milano - Candidatura semplice
Business Analyst - Pirelli - Milano - 38.000 - 45.000 EUR
Analista Dati Junior - Esselunga - Pioltello - Colloqui in corso

Modifica il tuo avviso | Annulla iscrizione
""", labels=[]), "it")

A(msg("r4-it-02.eml", "Amministrazione Condominio Via Solari 12 <studio.bassi@amministrazioni-bassi.it>",
      "Giulia Conti <giulia.conti@libero.it>", "2026-05-06 18:20 +0200",
      "Convocazione assemblea condominiale",
      """Gentili condomini,

si comunica che l'assemblea ordinaria è convocata per giovedì 21 maggio alle ore 20:30 presso
la sala comune. Ordine del giorno: approvazione del bilancio, offerta della ditta per il
rifacimento della facciata, varie ed eventuali.

Vi faremo sapere entro la settimana prossima l'esito dei preventivi.

Studio Bassi Amministrazioni
""", labels=[]), "it")

A(msg("r4-nl-01.eml", "Nationale Vacaturebank <alert@nationalevacaturebank.nl>", "Sanne de Jong <sanne.dejong@ziggo.nl>",
      "2026-05-07 06:30 +0200", "5 nieuwe vacatures voor 'data analist' in Utrecht",
      """Hoi Sanne,

Nieuwe vacatures die bij je zoekopdracht passen:

Data Analist - Rabobank - Utrecht - Direct solliciteren
BI Specialist - Gemeente Utrecht - 4.200 - 5.800 euro per maand
Data Engineer - bol. - Utrecht - Sollicitatiegesprekken deze week

Wijzig je vacaturemelding | Afmelden
""", labels=[]), "nl")

A(msg("r4-nl-02.eml", "Sportschool De Vecht <info@sportschooldevecht.nl>", "Sanne de Jong <sanne.dejong@ziggo.nl>",
      "2026-05-08 12:00 +0200", "Jouw aanbieding: 3 maanden voor de prijs van 2",
      """Hoi Sanne,

Speciaal voor leden die terugkomen: 3 maanden sporten voor de prijs van 2. Plan een intakegesprek
met een van onze trainers en we nemen binnen een week contact met je op over je schema.

Tot snel!
Team De Vecht
""", labels=[]), "nl")

A(msg("r4-pt-01.eml", "Público <newsletter@publico.pt>", "Inês Carvalho <ines.carvalho@sapo.pt>",
      "2026-05-09 07:30 +0100", "Entrevista: o ministro da Economia sobre o emprego jovem",
      """PÚBLICO - Edição da manhã

Entrevista: "As ofertas de emprego qualificado vão crescer em 2026."
Candidaturas ao Programa Regressar abertas até junho.
Opinião: o papel das universidades na transição digital.

Cancelar subscrição
""", labels=[]), "pt")

A(msg("r4-pt-02.eml", "Tia Fernanda <fernanda.carvalho58@gmail.com>", "Inês Carvalho <ines.carvalho@sapo.pt>",
      "2026-05-10 21:10 +0100", "almoço de domingo",
      """Olá Inês querida,

Então confirmas o almoço de domingo? O teu primo vai contar como correu a entrevista para a
faculdade e a avó quer saber se aceitaste a proposta da casa nova. Depois dou-te uma resposta
sobre o bolo até sexta.

Beijinhos,
Tia Fernanda
""", labels=[]), "pt")
