"""mocparse: structured, evidence-backed facts from reports of municipal support centres (МОЦ)."""

__version__ = "0.1.0"
