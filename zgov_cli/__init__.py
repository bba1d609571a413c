"""zgov — 党政机关公文合规检查工具."""
__version__ = "0.2.0"
# Where users read about zgov (SARIF informationUri). The repository placeholder
# of the README: replace it with the real address when the project is published.
__homepage__ = "https://example.org/your-org/zgov"
