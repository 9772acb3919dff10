"""JSON in and out.

Dates are ISO 8601 strings; ``published`` is a datetime when the page
prints a time and a date otherwise, told apart on the way back by the
presence of a "T". Spans are ``[start, end]`` lists.

Out is a walk over the attrs fields (``to_dict``: what every page pays);
in is one cattrs converter, imported when a record is first read back
(``from_dict``), so that printing JSON does not load it.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from typing import TYPE_CHECKING, Any

import attrs

from .model import Interview

if TYPE_CHECKING:
    import cattrs


def _unstructure_when(value: dt.datetime | dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _structure_when(value: Any, _: Any) -> dt.datetime | dt.date | None:
    if value is None:
        return None
    if isinstance(value, (dt.datetime, dt.date)):
        return value
    s = str(value)
    return dt.datetime.fromisoformat(s) if "T" in s else dt.date.fromisoformat(s)


def _structure_date(value: Any, _: Any) -> dt.date | None:
    if value is None:
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


@functools.cache
def converter() -> cattrs.Converter:
    """The converter that reads records back (built on first use)."""
    import cattrs

    conv = cattrs.Converter()
    conv.register_unstructure_hook(dt.datetime, lambda v: v.isoformat())
    conv.register_unstructure_hook(dt.date, lambda v: v.isoformat())
    conv.register_unstructure_hook(dt.datetime | dt.date | None, _unstructure_when)
    conv.register_structure_hook(dt.datetime | dt.date | None, _structure_when)
    conv.register_structure_hook(dt.date | None, _structure_date)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook_func(
        lambda t: t is tuple or getattr(t, "__origin__", None) is tuple, list
    )
    return conv


_SCALARS = frozenset({str, int, float, bool, type(None)})
_FIELDS: dict[type, tuple[str, ...]] = {}


def _plain(value: Any) -> Any:
    """An attrs value as JSON-ready values: objects as dicts in field order,
    tuples and lists as lists, dates as ISO 8601 (what cattrs gives, at the
    cost of a walk)."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is list or kind is tuple:
        return [_plain(v) for v in value]
    names = _FIELDS.get(kind)
    if names is None:
        if kind is dt.datetime or kind is dt.date:
            return value.isoformat()
        if kind is dict:
            return {k: _plain(v) for k, v in value.items()}
        if not attrs.has(kind):
            return value
        names = _FIELDS[kind] = tuple(f.name for f in attrs.fields(kind))
    return {name: _plain(getattr(value, name)) for name in names}


def to_dict(interview: Interview) -> dict[str, Any]:
    out: dict[str, Any] = _plain(interview)
    return out


def from_dict(data: dict[str, Any]) -> Interview:
    return converter().structure(data, Interview)


def to_json(interview: Interview, indent: int | None = None) -> str:
    return json.dumps(to_dict(interview), ensure_ascii=False, indent=indent)


def from_json(s: str | bytes) -> Interview:
    data = json.loads(s)
    if not isinstance(data, dict):
        raise ValueError("an interview's JSON is an object")
    return from_dict(data)
