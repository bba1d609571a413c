"""Analysis: what several rules use, below the rules.

Text utilities (:mod:`.text`), numerals (:mod:`.numerals`), dates
(:mod:`.dates`) and working-day deadlines (:mod:`.deadlines`, :mod:`.timing`),
organisations (:mod:`.orgs`), segmentation (:mod:`.segment`), 文种 from titles
(:mod:`.titles`), headings, 发文字号, the routing vocabulary and ask model
(:mod:`.requests`, :mod:`.asks_legacy`), typo and misquote detectors, layout.
Nothing here imports a rule, the structure pass or a reader
(``tests/test_layers.py``).
"""
