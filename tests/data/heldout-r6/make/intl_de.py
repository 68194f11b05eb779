"""German messages of the intl set (hand-written)."""

from mailkit import date

LUKAS = "Lukas Brenner <lukas.brenner@gmx.de>"
DE: list[tuple[str, list[str], str | None, dict]] = []


def m(name, labels, exp=None, **kw):
    DE.append((name, labels, exp, kw))


m("de01_personio_eingang.eml", ["application_received"],
  frm="Nordhafen Spedition GmbH <noreply@nordhafen.jobs.personio.de>", to=LUKAS,
  when=date("2026-11-03 09:12", "+0100"), subject="Ihre Bewerbung als Disponent (m/w/d) Nahverkehr",
  text="""Sehr geehrter Herr Brenner,

vielen Dank für Ihre Bewerbung als Disponent (m/w/d) Nahverkehr und Ihr Interesse an der
Nordhafen Spedition.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig
und kommen so bald wie möglich auf Sie zu.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Nordhafen Spedition GmbH

Nordhafen Spedition GmbH · Am Kaiserkai 12 · 20457 Hamburg
Geschäftsführer: Olaf Timm · Amtsgericht Hamburg HRB 120443
""")

m("de02_eingang_zwei_wochen.eml", ["application_received", "timeline_stated"], "2026-11-18",
  frm="Karriere Brückner Maschinenbau <karriere@brueckner-mb.de>", to=LUKAS,
  when=date("2026-11-04 14:30", "+0100"), subject="Eingangsbestätigung – Produktionsplaner (Ref. 2026-117)",
  text="""Guten Tag Herr Brenner,

Ihre Bewerbung ist bei uns eingegangen – herzlichen Dank!

Wir sichten derzeit alle Unterlagen gemeinsam mit der Fachabteilung und melden uns
innerhalb von zwei Wochen bei Ihnen, unabhängig vom Ergebnis.

Freundliche Grüße
Sabine Kowalczyk
Personalabteilung
Brückner Maschinenbau GmbH & Co. KG
""")

m("de03_einladung_vorstellungsgespraech.eml", ["interview_request"],
  frm="Sabine Kowalczyk <s.kowalczyk@brueckner-mb.de>", to=LUKAS,
  when=date("2026-11-12 10:05", "+0100"), subject="Einladung zum Vorstellungsgespräch",
  text="""Sehr geehrter Herr Brenner,

wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch für die Position
Produktionsplaner einladen zu dürfen.

Termin: Donnerstag, 19. November 2026, 10:00 Uhr
Ort: Brückner Maschinenbau, Werk 2, Industriestraße 8, 33602 Bielefeld
Gesprächspartner: Herr Dr. Falk (Werksleitung), Frau Kowalczyk (Personal)

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Fahrtkosten werden erstattet.

Mit freundlichen Grüßen
Sabine Kowalczyk
""")

m("de04_startup_du_teams.eml", ["interview_request"],
  frm="Jonas <jonas@lagerfuchs.io>", to=LUKAS,
  when=date("2026-11-16 18:40", "+0100"), subject="Kurzer Call?",
  text="""Hi Lukas,

danke für deine Bewerbung! Ich bin Jonas, einer der Gründer von Lagerfuchs. Dein Profil
passt richtig gut zu dem, was wir suchen.

Hast du Lust auf ein erstes Kennenlernen per Teams? Mittwoch oder Donnerstag
Nachmittag würde bei mir gut passen, so 30–45 Minuten.

Viele Grüße
Jonas

Gesendet von meinem iPhone
""")

m("de05_absage_standard.eml", ["rejection"],
  frm="Recruiting <recruiting@kessel-logistik.de>", to=LUKAS,
  when=date("2026-11-06 16:02", "+0100"), subject="Ihre Bewerbung bei Kessel Logistik",
  text="""Sehr geehrter Herr Brenner,

vielen Dank für Ihr Interesse an einer Tätigkeit bei Kessel Logistik und die Zeit, die
Sie in Ihre Bewerbung investiert haben.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren
nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen
Ihr Kessel Logistik Recruiting-Team
""")

m("de06_absage_nach_finale.eml", ["rejection"],
  frm="Dr. Matthias Falk <m.falk@brueckner-mb.de>", to=LUKAS,
  when=date("2026-11-27 17:15", "+0100"), subject="Produktionsplaner – unsere Entscheidung",
  text="""Lieber Herr Brenner,

zunächst herzlichen Dank für die beiden sehr angenehmen Gespräche und für die Zeit, die
Sie sich für den Rundgang durch Werk 2 genommen haben.

Wir haben es uns wirklich nicht leicht gemacht. Am Ende haben wir uns für einen
Kandidaten entschieden, der bereits mehrere Jahre mit unserem ERP-System gearbeitet hat
und deshalb sofort einsteigen kann. Das war der ausschlaggebende Punkt.

Gern gebe ich Ihnen telefonisch ein ausführliches Feedback. Und falls wir im nächsten
Jahr die zweite Planerstelle besetzen, würde ich mich freuen, wieder von Ihnen zu hören.

Herzliche Grüße
Matthias Falk
Werksleitung
""")

m("de07_vertragsangebot_gehalt.eml", ["offer", "salary_discussed"],
  frm="Personal Nordhafen <personal@nordhafen-spedition.de>", to=LUKAS,
  when=date("2026-11-25 11:20", "+0100"), subject="Vertragsangebot Disponent Nahverkehr",
  text="""Sehr geehrter Herr Brenner,

wie heute Vormittag telefonisch besprochen, freuen wir uns sehr, Ihnen die Stelle als
Disponent Nahverkehr anbieten zu können.

Eckdaten unseres Angebots:
- Jahresbruttogehalt: 52.000 EUR, zahlbar in 12 Monatsgehältern
- 30 Tage Urlaub, Jobrad, betriebliche Altersvorsorge
- Eintritt: 1. Februar 2027

Den Arbeitsvertrag finden Sie im Anhang. Bitte senden Sie uns ein unterschriebenes
Exemplar bis zum 4. Dezember zurück.

Mit freundlichen Grüßen
Olaf Timm
Geschäftsführer
""")

m("de08_startup_angebot_du.eml", ["offer"],
  frm="Jonas <jonas@lagerfuchs.io>", to=LUKAS,
  when=date("2026-11-28 20:05", "+0100"), subject="Re: Danke für heute!",
  in_reply_to="<trinity-88f1@gmx.de>",
  text="""Hey Lukas,

kurz und knapp: Mira und ich wollen dich unbedingt im Team haben und möchten dir die
Stelle als Head of Operations anbieten! Den Vertragsentwurf bekommst du von unserer Anwältin.

Lass uns morgen kurz telefonieren, wenn du magst.

Jonas

Am 28.11.2026 um 16:12 schrieb Lukas Brenner <lukas.brenner@gmx.de>:
> Hallo Jonas, danke nochmal für das tolle Gespräch heute!
""")

m("de09_ende_naechster_woche.eml", ["timeline_stated"], "2026-11-27",
  frm="Sabine Kowalczyk <s.kowalczyk@brueckner-mb.de>", to=LUKAS,
  when=date("2026-11-19 15:45", "+0100"), subject="Vielen Dank für Ihren Besuch",
  text="""Sehr geehrter Herr Brenner,

vielen Dank für Ihren Besuch heute bei uns in Bielefeld. Wir führen diese Woche noch
zwei weitere Gespräche und werden uns bis Ende nächster Woche bei Ihnen melden.

Mit freundlichen Grüßen
Sabine Kowalczyk
""")

m("de10_rueckmeldung_bis_datum.eml", ["timeline_stated"], "2026-12-15",
  frm="Anja Roth <anja.roth@hafenwerk-hamburg.de>", to=LUKAS,
  when=date("2026-12-02 12:10", "+0100"), subject="AW: Stand des Verfahrens",
  in_reply_to="<5c81ea@gmx.de>",
  text="""Hallo Herr Brenner,

danke für Ihre Nachfrage. Die Stelle ist noch nicht besetzt; unser Betriebsrat muss der
Einstellung noch zustimmen. Sie erhalten von uns spätestens am 15. Dezember eine
Rückmeldung.

Beste Grüße
Anja Roth
""")

m("de11_kuendigungsfrist.eml", ["notice_period_asked"],
  frm="Anja Roth <anja.roth@hafenwerk-hamburg.de>", to=LUKAS,
  when=date("2026-11-20 09:30", "+0100"), subject="Rückfrage zu Ihrer Bewerbung",
  text="""Hallo Herr Brenner,

eine kurze Rückfrage vor dem Gespräch mit unserer Bereichsleitung: Welche
Kündigungsfrist haben Sie bei Ihrem aktuellen Arbeitgeber, und ab wann könnten Sie
frühestens bei uns anfangen?

Beste Grüße
Anja Roth
Personalreferentin, Hafenwerk Hamburg
""")

m("de12_stepstone_tipps.eml", [],
  frm="StepStone <jobagent@stepstone.de>", to=LUKAS,
  when=date("2026-11-21 06:00", "+0100"), subject="8 neue Jobs für Disponent + Tipps fürs Vorstellungsgespräch",
  headers={"List-Unsubscribe": "<https://www.stepstone.de/abmelden>", "Precedence": "bulk"},
  html="""<html><body style="font-family:Arial">
<h2>Ihr Jobagent: 8 neue Jobs für „Disponent“</h2>
<table cellpadding="6"><tr><td><b>Disponent (m/w/d)</b> – Spedition Hansen, Hamburg</td><td>Jetzt bewerben</td></tr>
<tr><td><b>Teamleiter Disposition</b> – Kühne Transporte, Lübeck</td><td>Schnellbewerbung</td></tr></table>
<h3>So überzeugen Sie im Vorstellungsgespräch</h3>
<p>Bereiten Sie Fragen vor, kennen Sie Ihre Gehaltsvorstellung und Ihre Kündigungsfrist,
und fragen Sie am Ende nach den nächsten Schritten.</p>
<p style="font-size:10px">Jobagent abbestellen</p></body></html>""")

m("de13_dhl_sendung.eml", [],
  frm="DHL Paket <noreply@dhl.de>", to=LUKAS,
  when=date("2026-11-24 07:55", "+0100"), subject="Ihre DHL Sendung kommt heute",
  text="""Hallo Lukas Brenner,

Ihre Sendung 00340434161234567890 wird heute zwischen 13:10 und 14:50 Uhr zugestellt.
Ihre Sendung ist aktuell auf Position 23 der Tour.

Nicht zu Hause? Wählen Sie einen Wunschnachbarn oder eine Packstation.

Ihr DHL Team
""")

m("de14_vermieter_angebot_handwerker.eml", [],
  frm="Hausverwaltung Petersen <info@hv-petersen.de>", to=LUKAS,
  when=date("2026-11-25 10:00", "+0100"), subject="Heizung Wohnung 3.OG",
  text="""Sehr geehrter Herr Brenner,

wir haben inzwischen ein Angebot vom Heizungsbauer erhalten und melden uns nächste Woche
bei Ihnen, um einen Termin für die Reparatur abzustimmen. Bitte teilen Sie uns mit, an
welchen Tagen Sie verfügbar sind.

Mit freundlichen Grüßen
Hausverwaltung Petersen
""")

m("de15_abwesenheitsnotiz.eml", [],
  frm="Sabine Kowalczyk <s.kowalczyk@brueckner-mb.de>", to=LUKAS,
  when=date("2026-11-30 08:01", "+0100"), subject="Abwesenheitsnotiz: Unterlagen",
  headers={"Auto-Submitted": "auto-replied"},
  text="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Dezember nicht im Büro
und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen zu Bewerbungen und
Vorstellungsgesprächen wenden Sie sich bitte an personal@brueckner-mb.de.

Mit freundlichen Grüßen
Sabine Kowalczyk
""")
