"""Mail domains (moved to offerwatch.core.mail_domains: pure; kept here for mail/ readers)."""

from offerwatch.core.mail_domains import (
    ATS,
    FREE_MAIL,
    company_key,
    domain_names_company,
    domain_of,
    is_ats_domain,
    is_free_mail,
    parent_domains,
    registrable,
    short_name,
)

__all__ = [
    "ATS", "FREE_MAIL", "company_key", "domain_names_company", "domain_of", "is_ats_domain",
    "is_free_mail", "parent_domains", "registrable", "short_name",
]  # fmt: skip
