"""People named in one article: names, the roles the article gives them, every mention."""

from __future__ import annotations

from tui.analysis.extract.people.extract import extract_people
from tui.analysis.extract.people.keys import canonical_first_name, name_key, role_head, surname

__all__ = ["canonical_first_name", "extract_people", "name_key", "role_head", "surname"]
