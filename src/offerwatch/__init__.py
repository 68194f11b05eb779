"""offerwatch: your companion between the interview and the offer."""

__version__ = "0.1.0"
