"""Rules: ``base`` holds the engine; one module per rule family."""
from .base import REGISTRY, Context, DocOptions, Example, Rule, all_rules, register  # noqa: F401
