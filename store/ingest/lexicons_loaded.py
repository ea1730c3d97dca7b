"""Loaded only into the process that forks ingest's workers (multiprocessing's fork server).

Extraction's tables (the gazetteer, the verb lexicon, the place and office tables) are
read here once, before the first worker is forked: each worker then starts with them,
instead of spending its first 0.1 s on them while the writer waits for its first files.
"""

from __future__ import annotations

from personae.store.ingest.extract import load_lexicons

load_lexicons()
