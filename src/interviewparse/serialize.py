"""JSON in and out, through one cattrs converter.

Dates are ISO 8601 strings; ``published`` is a datetime when the page
prints a time and a date otherwise, told apart on the way back by the
presence of a "T". Spans are ``[start, end]`` lists.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import cattrs

from .model import Interview

converter = cattrs.Converter()


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


converter.register_unstructure_hook(dt.datetime, lambda v: v.isoformat())
converter.register_unstructure_hook(dt.date, lambda v: v.isoformat())
converter.register_unstructure_hook(dt.datetime | dt.date | None, _unstructure_when)
converter.register_structure_hook(dt.datetime | dt.date | None, _structure_when)
converter.register_structure_hook(dt.date | None, _structure_date)
converter.register_structure_hook(dt.date, _structure_date)
converter.register_unstructure_hook_func(
    lambda t: t is tuple or getattr(t, "__origin__", None) is tuple, list
)


def to_dict(interview: Interview) -> dict[str, Any]:
    out: dict[str, Any] = converter.unstructure(interview)
    return out


def from_dict(data: dict[str, Any]) -> Interview:
    return converter.structure(data, Interview)


def to_json(interview: Interview, indent: int | None = None) -> str:
    return json.dumps(to_dict(interview), ensure_ascii=False, indent=indent)


def from_json(s: str | bytes) -> Interview:
    data = json.loads(s)
    if not isinstance(data, dict):
        raise ValueError("an interview's JSON is an object")
    return from_dict(data)
