"""Rules: ``base`` holds what a rule is (metadata, examples, ``check``),
``registry`` the code → rule table; one module per rule, grouped by family
(``zg1_routing/zg101_one_matter_per_request.py`` …). A rule module imports
only :mod:`.base`, :mod:`zgov_cli.analysis`, the model and data — never
another rule, ``structure`` or ``readers`` (tests/test_layers.py)."""
