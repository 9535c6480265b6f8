"""Name lists from Faker's locales (dozens of them: Nigerian, Vietnamese, Turkish,
Polish, Brazilian...), casefolded, for gazetteer recognizers."""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache


def _collect(attrs: tuple[str, ...]) -> frozenset[str]:
    import faker.providers.person as person

    names: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f"faker.providers.person.{mod.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in attrs:
            value = provider.__dict__.get(attr)
            if isinstance(value, dict):
                value = list(value.keys())
            if isinstance(value, (tuple, list)):
                names.update(v.casefold() for v in value
                             if isinstance(v, str) and v.replace("-", "").isalpha() and len(v) > 2)
    return frozenset(names)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    return _collect(("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"))


@lru_cache(maxsize=1)
def last_names() -> frozenset[str]:
    return _collect(("last_names", "last_names_male", "last_names_female"))
