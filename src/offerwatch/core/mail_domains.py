"""Mail domains (pure): free-mail providers (never a company), applicant-tracking systems and job
boards (mail sent on a company's behalf), and how a domain relates to a company name."""

from __future__ import annotations

import re
from functools import lru_cache

# Never evidence of a company: anyone can have an address there.
_FREE_MAIL = """gmail.com googlemail.com outlook.com hotmail.com hotmail.co.uk live.com msn.com
    yahoo.com yahoo.co.uk yahoo.fr ymail.com aol.com icloud.com me.com mac.com
    protonmail.com proton.me pm.me gmx.com gmx.de gmx.net web.de mail.com zoho.com
    yandex.com yandex.ru mail.ru qq.com 163.com 126.com fastmail.com fastmail.fm
    hey.com tutanota.com t-online.de orange.fr free.fr laposte.net libero.it
    btinternet.com comcast.net verizon.net att.net sbcglobal.net
    protonmail.ch outlook.de outlook.fr outlook.es hotmail.fr hotmail.de hotmail.es
    hotmail.it live.co.uk live.fr live.de yahoo.de yahoo.es yahoo.it yahoo.co.jp
    yahoo.ca googlemail.de icloud.de gmx.at gmx.ch gmx.fr mail.de posteo.de posteo.net
    mailbox.org freenet.de arcor.de wanadoo.fr sfr.fr neuf.fr bbox.fr aliceadsl.fr
    virgilio.it tiscali.it alice.it seznam.cz wp.pl o2.pl onet.pl interia.pl
    sky.com virginmedia.com ntlworld.com talktalk.net blueyonder.co.uk skynet.be
    telenet.be bluewin.ch hispeed.ch terra.es telefonica.net movistar.es
    rediffmail.com naver.com hanmail.net shaw.ca rogers.com bell.net optonline.net
    cox.net charter.net earthlink.net juno.com rocketmail.com tuta.io tutanota.de"""
FREE_MAIL = frozenset(_FREE_MAIL.split())

# Applicant-tracking systems and job boards: mail from them names the company in the text.
_ATS = """greenhouse.io greenhouse-mail.io lever.co hire.lever.co myworkday.com workday.com
    myworkdayjobs.com ashbyhq.com smartrecruiters.com icims.com taleo.net jobvite.com
    bamboohr.com recruitee.com workable.com workablemail.com teamtailor.com
    teamtailor-mail.com personio.de personio.com successfactors.com successfactors.eu
    applytojob.com jazzhr.com breezy.hr pinpointhq.com rippling.com recruiterbox.com
    jobylon.com join.com softgarden.io hirehive.com comeet.co freshteam.com
    oraclecloud.com avature.net phenompeople.com eightfold.ai paradox.ai gem.com
    linkedin.com indeed.com indeedemail.com glassdoor.com wellfound.com otta.com
    ziprecruiter.com dice.com hired.com"""
ATS = frozenset(_ATS.split())
# Scheduling tools and calendar services send invitations for every company that uses them:
# never a company's domain, however one message of theirs was filed.
# (Blocks learning only: mail from calendly.com is still matched to an application at Calendly
# by the company's name.)
_SCHEDULING = """calendly.com calendar.google.com goodtime.io doodle.com cal.com
    youcanbook.me acuityscheduling.com savvycal.com zcal.co modernloop.io prelude.co
    meetings.hubspot.com bookings.microsoft.com reclaim.ai chilipiper.com"""
SCHEDULING = frozenset(_SCHEDULING.split())

_LEGAL = re.compile(
    r"\b(inc|ltd|llc|gmbh|ag|sa|sas|plc|corp|corporation|co|company|group|limited|bv|"
    r"nv|ab|as|oy|spa|srl|pty|holdings?|technologies|labs)\b\.?",
    re.IGNORECASE,
)
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_APOSTROPHE = re.compile(r"['\u2019]")
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu"})


def domain_of(address: str) -> str:
    """The domain of an address, lower case ('' when there is none)."""
    return address.rpartition("@")[2].strip().lower().rstrip(".")


@lru_cache(maxsize=4096)
def parent_domains(domain: str) -> tuple[str, ...]:
    """`mail.eu.acme.com` -> (mail.eu.acme.com, eu.acme.com, acme.com)."""
    labels = domain.split(".")
    return tuple(".".join(labels[i:]) for i in range(max(1, len(labels) - 1)))


def _in(domain: str, catalogue: frozenset[str]) -> bool:
    return any(d in catalogue for d in parent_domains(domain))


def is_free_mail(domain: str) -> bool:
    """True for gmail.com, outlook.com and the like."""
    return _in(domain, FREE_MAIL)


@lru_cache(maxsize=4096)
def is_ats_domain(domain: str) -> bool:
    """True for applicant-tracking systems and job boards (greenhouse.io, lever.co...)."""
    return bool(domain) and _in(domain, ATS)


def is_scheduling(domain: str) -> bool:
    """True for scheduling tools and calendar services (calendly.com, goodtime.io...)."""
    return bool(domain) and _in(domain, SCHEDULING)


def company_key(name: str) -> str:
    """A company name reduced for comparison: 'Acme Corp, Inc.' -> 'acme'."""
    return _NOT_ALNUM.sub("", _LEGAL.sub(" ", name.lower()))


def registrable(domain: str) -> str:
    """The organisation's domain: acme.com for jobs.acme.com, acme.co.uk for mail.acme.co.uk."""
    labels = domain.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def domain_names_company(domain: str, company: str) -> bool:
    """True when the domain is visibly the company's: acme.com or acme-corp.co.uk for Acme."""
    key = company_key(company)
    if len(key) < 3 or not domain or is_free_mail(domain) or is_ats_domain(domain):
        return False
    label = _NOT_ALNUM.sub("", registrable(domain).split(".")[0])
    if label in {key, _NOT_ALNUM.sub("", company.lower())}:
        return True
    # The name's first words run together (stmargarets.com.sg for St Margaret's Hospital):
    # two words or more, so one common first word ("general") does not name a company.
    words = company_words(company)
    return any(label == "".join(words[:k]) for k in range(2, len(words)))


def company_words(name: str) -> list[str]:
    """The words of a company's name, lower case, apostrophes dropped and legal suffixes
    left out: "St Margaret's Hospital Ltd" -> ["st", "margarets", "hospital"]."""
    return _NOT_ALNUM.sub(" ", _LEGAL.sub(" ", _APOSTROPHE.sub("", name.lower()))).split()


def domain_may_name_company(domain: str, company: str) -> bool:
    """Looser than `domain_names_company`, for the import's screen only (where passing too
    much costs time, dropping costs mail): the domain spells the company's name or its
    first word of 5 letters or more (driftwood.studio for Driftwood Studios)."""
    if domain_names_company(domain, company):
        return True
    if not domain or is_free_mail(domain) or is_ats_domain(domain):
        return False
    words = _NOT_ALNUM.sub(" ", short_name(company).lower()).split()
    label = _NOT_ALNUM.sub("", registrable(domain).split(".")[0])
    return bool(words) and len(words[0]) >= 5 and label == words[0]


def short_name(company: str) -> str:
    """The name people write: 'Hooli Inc.' -> 'Hooli', 'Acme Corp, Ltd' -> 'Acme'."""
    words = company.replace(",", " ").split()
    while len(words) > 1 and _LEGAL.fullmatch(words[-1]):
        words.pop()
    return " ".join(words)


_ADDRESS = re.compile(r"[^@\s,;<>\"']+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")


def own_addresses(text: str) -> list[str]:
    """The addresses of a `my_addresses` setting ("a@x.org, b@y.com"), lower case, in order.
    Raises ValueError naming the first entry that is not an address."""
    found: list[str] = []
    for entry in re.split(r"[,;\s]+", text.strip()):
        if not entry:
            continue
        if not _ADDRESS.fullmatch(entry):
            raise ValueError(f"not a mail address: {entry!r} (write a@x.org, b@y.com)")
        found.append(entry.lower())
    return list(dict.fromkeys(found))
