"""Italian, Dutch and Portuguese messages of the intl set (no label; language given)."""

from mailkit import date

OTHER: list[tuple[str, list[str], str | None, dict, str]] = [
    ("it01_newsletter_colloquio.eml", [], None, dict(
        frm="Corriere Lavoro <newsletter@corrierelavoro.it>", to="Camille Dubois <camille.dubois@orange.fr>",
        when=date("2026-11-21 07:00", "+0100"), subject="Colloquio di lavoro: gli errori da evitare",
        headers={"Precedence": "bulk"},
        text="""Buongiorno,

questa settimana: i cinque errori più comuni al colloquio di lavoro, come rispondere alla
domanda sulla retribuzione e cosa fare se l'offerta arriva per telefono.

Inoltre: 40 nuove offerte di lavoro nella logistica in Lombardia.

Per cancellarti dalla newsletter clicca qui.
"""), "it"),
    ("nl01_pakket_onderweg.eml", [], None, dict(
        frm="PostNL <noreply@postnl.nl>", to="Lukas Brenner <lukas.brenner@gmx.de>",
        when=date("2026-11-23 08:15", "+0100"), subject="Je pakket is onderweg",
        text="""Hallo Lukas,

Goed nieuws: je pakket van Bol.com wordt vandaag tussen 14:00 en 16:30 bezorgd. Niet
thuis? Kies een ander bezorgmoment of een PostNL-punt in de buurt. We nemen volgende
week contact met je op als het pakket niet bezorgd kon worden.

Groet,
PostNL
"""), "nl"),
    ("pt01_condominio_reuniao.eml", [], None, dict(
        frm="Administração Condomínio Jardim <admin@condjardim.pt>", to="Lucía Fernández <lucia.fernandez.r@gmail.com>",
        when=date("2026-11-19 18:00", "+0000"), subject="Reunião de condóminos – proposta de obras",
        text="""Caros condóminos,

Recebemos duas propostas para a pintura da fachada. A reunião para discutir as
propostas será no dia 3 de dezembro às 19h, na sala do rés-do-chão. Daremos uma
resposta sobre a data das obras na próxima semana.

Com os melhores cumprimentos,
A Administração
"""), "pt"),
]
