"""ainews: what happened, in what order, and who was involved, from multilingual AI news."""

__version__ = "0.1.0"
