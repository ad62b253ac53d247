"""kg: knowledge graphs of French news, with the evidence for every fact."""

__version__ = "0.1.0"
