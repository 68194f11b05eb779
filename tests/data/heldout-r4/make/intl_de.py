"""German held-out messages (round 4), written by heldout4."""

from mk import SMALL_PDF, msg

M: list = []
LENA = "Lena Hoffmann <lena.hoffmann@posteo.de>"


def A(m: dict) -> None:
    m["language"] = "de"
    M.append(m)


A(msg("r4-de-01.eml", "Nordwerk Energie GmbH <noreply@mail.personio.de>", LENA,
      "2026-02-10 09:12 +0100", "Ihre Bewerbung als Data Analyst (m/w/d)",
      """Hallo Frau Hoffmann,

vielen Dank für Ihre Bewerbung als Data Analyst (m/w/d) und Ihr Interesse an der Nordwerk
Energie GmbH.

Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. Sie hören innerhalb von zwei
Wochen von uns.

Mit freundlichen Grüßen
Ihr Nordwerk Recruiting-Team

Nordwerk Energie GmbH · Am Sandtorkai 41 · 20457 Hamburg
Geschäftsführer: Dr. Henning Claußen · Amtsgericht Hamburg HRB 158221
""", labels=["application_received", "timeline_stated"], by="2026-02-24"))

A(msg("r4-de-02.eml", "Kessler Maschinenbau AG <kessler@myworkday.com>", LENA,
      "2026-02-12 14:40 +0100", "Eingangsbestätigung Ihrer Bewerbung - JR-4410 BI Entwickler",
      html="""<html><body style="font-family:Arial;font-size:13px">
<p>Sehr geehrte Frau Hoffmann,</p>
<p>herzlichen Dank für Ihre Bewerbung auf die Position <b>BI Entwickler (w/m/d)</b>, Stellen-ID JR-4410.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>Eingegangen am</td><td>12.02.2026</td></tr><tr><td>Status</td><td>In Prüfung</td></tr></table>
<p>Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenkonto einsehen.</p>
<p>Mit freundlichen Grüßen<br>Kessler Maschinenbau AG - Talent Acquisition</p>
<p style="font-size:10px">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.</p>
</body></html>""", labels=["application_received"]))

A(msg("r4-de-03.eml", "Jonas Wittmann <jonas@flinkfabrik.de>", LENA,
      "2026-02-13 18:03 +0100", "Re: Bewerbung Analytics Engineer",
      """Hi Lena,

danke für deine Bewerbung, ist gut bei uns angekommen! Wir sind gerade ein bisschen im
Messe-Stress, schauen sie uns aber in Ruhe an und melden uns dann bei dir.

Viele Grüße
Jonas
(Gründer, Flinkfabrik)
""", labels=["application_received"]))

A(msg("r4-de-04.eml", "Personal- und Organisationsreferat <bewerbung.por@muenchen.de>", LENA,
      "2026-02-16 11:00 +0100", "Eingangsbestätigung - Ausschreibung 2026/0217 Statistiker*in",
      """Sehr geehrte Frau Hoffmann,

hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stelle Statistiker*in im Statistischen
Amt (Kennziffer 2026/0217).

Das Auswahlverfahren findet voraussichtlich im März statt. Bitte sehen Sie von Rückfragen zum
Stand des Verfahrens ab.

Mit freundlichen Grüßen
Landeshauptstadt München
Personal- und Organisationsreferat
""", labels=["application_received"]))

A(msg("r4-de-05.eml", "Sabine Krüger <s.krueger@kessler-ag.de>", LENA,
      "2026-02-24 10:25 +0100", "Einladung zum Vorstellungsgespräch",
      """Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Bewerbung. Ihr Profil hat uns überzeugt und wir möchten Sie gerne zu einem
persönlichen Vorstellungsgespräch einladen:

Dienstag, 3. März 2026, 10:00 Uhr
Kessler Maschinenbau AG, Industriestraße 12, 73728 Esslingen, Gebäude B, Empfang

Gesprächspartner sind Herr Dr. Albers (Leitung BI) und ich. Bitte bestätigen Sie uns den Termin
kurz per E-Mail.

Mit freundlichen Grüßen
Sabine Krüger
HR Business Partnerin
""", labels=["interview_request"]))

A(msg("r4-de-06.eml", "Jonas Wittmann <jonas@flinkfabrik.de>", LENA,
      "2026-02-20 21:40 +0100", "kurzes Kennenlernen?",
      """Hey Lena,

hast du nächste Woche Zeit für ein kurzes Kennenlernen per Video, so 30 Minuten? Schick mir gern
ein, zwei Termine, die dir passen - ich bin flexibel, nur Mittwoch geht nicht.

Jonas

Von meinem iPhone gesendet
""", labels=["interview_request"]))

A(msg("r4-de-07.eml", "Dekanat Fakultät für Informatik <dekanat@inf.uni-freiburg.example.de>", LENA,
      "2026-03-02 08:30 +0100", "Berufungsverfahren W2 Data Science - Einladung",
      """Sehr geehrte Frau Dr. Hoffmann,

die Berufungskommission für die W2-Professur "Data Science" hat in ihrer Sitzung vom 26.02.2026
beschlossen, Sie zu einem Vortrag und einem anschließenden Auswahlgespräch einzuladen.

Termin: Donnerstag, 19. März 2026, 13:30 Uhr (Vortrag 30 Min., Gespräch mit der Kommission ca.
45 Min.), Gebäude 101, Raum 00-036.

Reisekosten werden nach dem Landesreisekostengesetz erstattet. Wir bitten um Bestätigung bis zum
9. März.

Mit freundlichen Grüßen
im Auftrag
Petra Scholl
Dekanat
""", labels=["interview_request"]))

A(msg("r4-de-08.eml", "Mara Lindqvist <mara.lindqvist@hr-partner-rhein.de>", LENA,
      "2026-03-05 16:12 +0100", "Zweitgespräch bei unserem Kunden",
      """Liebe Frau Hoffmann,

gute Nachrichten: unser Kunde (ein Versicherer in Köln) war vom ersten Gespräch sehr angetan und
möchte Sie gern noch einmal treffen, diesmal mit dem Bereichsleiter vor Ort. Wann hätten Sie in
der kommenden Woche Zeit? Dienstag oder Donnerstag Nachmittag wären ideal.

Beste Grüße
Mara Lindqvist
Senior Consultant | HR Partner Rhein GmbH
""", labels=["interview_request"]))

A(msg("r4-de-09.eml", "Nordwerk Energie GmbH <noreply@mail.personio.de>", LENA,
      "2026-03-10 15:00 +0100", "Ihre Bewerbung als Data Analyst (m/w/d)",
      """Hallo Frau Hoffmann,

nochmals vielen Dank für Ihr Interesse an Nordwerk Energie und die Zeit, die Sie in Ihre
Bewerbung investiert haben.

Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.
Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Nordwerk Recruiting-Team
""", labels=["rejection"]))

A(msg("r4-de-10.eml", "Sabine Krüger <s.krueger@kessler-ag.de>", LENA,
      "2026-03-17 17:45 +0100", "Ihre Bewerbung - BI Entwickler",
      """Sehr geehrte Frau Hoffmann,

herzlichen Dank für die angenehmen Gespräche und Ihre Zeit in Esslingen.

Nach sorgfältiger Abwägung haben wir uns für einen Bewerber entschieden, dessen Erfahrung mit
SAP BW noch etwas näher an den Anforderungen der Stelle liegt. Das Team war von Ihnen sehr
angetan, und wir würden uns freuen, wenn wir Sie bei einer passenden Position erneut ansprechen
dürfen.

Mit freundlichen Grüßen
Sabine Krüger
""", labels=["rejection"]))

A(msg("r4-de-11.eml", "Personal- und Organisationsreferat <bewerbung.por@muenchen.de>", LENA,
      "2026-03-27 10:00 +0100", "Ihre Bewerbung - Kennziffer 2026/0217",
      """Sehr geehrte Frau Hoffmann,

wir bedanken uns für Ihr Interesse an einer Tätigkeit bei der Landeshauptstadt München.

Nach Abschluss des Auswahlverfahrens teilen wir Ihnen mit, dass Ihre Bewerbung nicht
berücksichtigt werden konnte. Ihre Bewerbungsunterlagen werden nach Ablauf der gesetzlichen
Frist gelöscht.

Mit freundlichen Grüßen
Personal- und Organisationsreferat
""", labels=["rejection"]))

A(msg("r4-de-12.eml", "Mara Lindqvist <mara.lindqvist@hr-partner-rhein.de>", LENA,
      "2026-03-20 12:30 +0100", "Vertragsangebot!",
      """Liebe Frau Hoffmann,

ich freue mich sehr, Ihnen mitteilen zu dürfen: unser Kunde möchte Ihnen die Stelle als Senior
Data Analyst anbieten. Das Angebot liegt bei 68.000 Euro Jahresbruttogehalt plus 10 % variabler
Vergütung, 30 Tage Urlaub und zwei Tage Homeoffice pro Woche.

Den Vertragsentwurf schicke ich Ihnen, sobald er mir vorliegt. Rufen Sie mich gern an!

Beste Grüße
Mara Lindqvist
""", labels=["offer", "salary_discussed"]))

A(msg("r4-de-13.eml", "Jonas Wittmann <jonas@flinkfabrik.de>", LENA,
      "2026-03-06 19:20 +0100", "Zusage :)",
      """Hey Lena,

kurz und schmerzlos: wir würden dich sehr gerne bei uns an Bord holen! Alle im Team waren
begeistert. Ich schick dir morgen das offizielle Angebot, lass uns danach telefonieren.

Jonas
""", labels=["offer"]))

A(msg("r4-de-14.eml", "Personalabteilung <personal@stadtwerke-bielefeld.example.de>", LENA,
      "2026-04-08 13:05 +0200", "Einstellungszusage - Referentin Datenanalyse",
      """Sehr geehrte Frau Hoffmann,

wir freuen uns, Ihnen mitteilen zu können, dass wir Sie zum 1. Juli 2026 als Referentin
Datenanalyse einstellen möchten. Die Eingruppierung erfolgt in Entgeltgruppe 12 TVöD.

Anbei erhalten Sie unser Vertragsangebot in zweifacher Ausfertigung. Bitte senden Sie uns ein
unterschriebenes Exemplar bis zum 22. April zurück.

Mit freundlichen Grüßen
Personalabteilung
""", labels=["offer"], attach=[("Vertragsangebot_Hoffmann.pdf", "application", "pdf", SMALL_PDF)]))

A(msg("r4-de-15.eml", "Dr. Tobias Albers <t.albers@rheinversicherung.example.de>", LENA,
      "2026-04-15 16:50 +0200", "Danke für das Gespräch",
      """Liebe Frau Hoffmann,

vielen Dank für das offene Gespräch heute. Wir sprechen in dieser Woche noch mit zwei weiteren
Kandidaten und melden uns bis Ende nächster Woche bei Ihnen.

Herzliche Grüße
Tobias Albers
""", labels=["timeline_stated"], by="2026-04-24"))

A(msg("r4-de-16.eml", "Petra Scholl <dekanat@inf.uni-freiburg.example.de>", LENA,
      "2026-05-04 09:40 +0200", "AW: Berufungsverfahren W2 Data Science",
      """Sehr geehrte Frau Dr. Hoffmann,

die Kommission tagt am Mittwoch ein letztes Mal. Sie erhalten bis spätestens Freitag eine
Rückmeldung zum weiteren Verfahren.

Mit freundlichen Grüßen
Petra Scholl
""", labels=["timeline_stated"], by="2026-05-08"))

A(msg("r4-de-17.eml", "Deutsche Bahn <noreply@bahn.de>", LENA,
      "2026-04-20 07:00 +0200", "Ihr Angebot: Super Sparpreis ab 17,99 €",
      """Guten Tag Frau Hoffmann,

nur für kurze Zeit: unser Angebot für Ihre nächste Reise. Super Sparpreis ab 17,99 € auf vielen
ICE-Verbindungen. Buchen Sie bis Sonntag und sichern Sie sich Ihren Platz.

Nächste Schritte: einfach in der App DB Navigator buchen. Wir melden uns bei Verspätungen
automatisch bei Ihnen.
""", labels=[]))

A(msg("r4-de-18.eml", "Hausverwaltung Brandt <vermietung@hv-brandt.de>", LENA,
      "2026-04-21 11:15 +0200", "Ihre Bewerbung um die Wohnung Körnerstraße 9",
      """Sehr geehrte Frau Hoffmann,

vielen Dank für Ihre Bewerbung um die 3-Zimmer-Wohnung in der Körnerstraße 9 und für Ihr
Interesse bei der Besichtigung am Samstag. Wir haben Ihre Unterlagen (Selbstauskunft,
Gehaltsnachweise) erhalten.

Der Eigentümer entscheidet nächste Woche, wir melden uns dann bei Ihnen. Leider können wir nicht
allen Interessenten eine Zusage geben.

Mit freundlichen Grüßen
Hausverwaltung Brandt
""", labels=[]))

A(msg("r4-de-19.eml", "StepStone Jobagent <jobagent@stepstone.de>", LENA,
      "2026-04-22 06:00 +0200", "12 neue Jobs für \"Data Analyst\" in Hamburg",
      """Ihr StepStone Jobagent

Data Analyst (m/w/d) - Otto Group - Hamburg - Schnellbewerbung
Senior BI Analyst - Hapag-Lloyd - Hamburg - Gehalt: 65.000 - 78.000 €
Data Scientist - Beiersdorf - Hamburg - Jetzt bewerben

Alle Jobs ansehen | Jobagent bearbeiten | Abmelden
""", labels=[], headers={"List-Unsubscribe": "<https://www.stepstone.de/unsub>"}))

A(msg("r4-de-20.eml", "Sabine Krüger <s.krueger@kessler-ag.de>", LENA,
      "2026-05-06 08:00 +0200", "Abwesenheitsnotiz: Rückfrage Bewerbung",
      """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 12.05. nicht im Büro und habe
keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
recruiting@kessler-ag.de.

Mit freundlichen Grüßen
Sabine Krüger
""", labels=[], headers={"Auto-Submitted": "auto-replied"}))
