"""Thank-you and follow-up emails drafted from Jinja2 templates; nothing is ever sent."""

from offerwatch.drafts.render import Draft, render_draft, template_dirs

__all__ = ["Draft", "render_draft", "template_dirs"]
