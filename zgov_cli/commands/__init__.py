"""Extra CLI commands, each exposing ``register(app)``."""
