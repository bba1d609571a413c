"""``zgov annotate``: a reviewed copy of each draft (SPEC §11).

* :mod:`.copies` — check one file and write its copy (names, atomic write);
* :mod:`.docx` — comments and tracked changes in a .docx package;
* :mod:`.pdf` — highlights with popups in a .pdf;
* :mod:`.rebuild` — a .docx rebuilt from a text input's paragraphs;
* :mod:`.command` — the command line.

Kept empty of imports: ``zgov --help`` loads only :mod:`.command`.
"""
