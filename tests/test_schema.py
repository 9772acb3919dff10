"""The JSON Schema of the output: shipped file, validity, corpus, model coverage."""

from __future__ import annotations

import copy
import enum
import importlib.resources
import json
import typing
from pathlib import Path
from typing import Any, Literal

import attrs
import pytest

jsonschema = pytest.importorskip("jsonschema")

import interviewparse  # noqa: E402
from interviewparse import model  # noqa: E402
from interviewparse.schema import (  # noqa: E402
    SCHEMA_FILENAME,
    SCHEMA_VERSION,
    _Builder,
    json_schema,
    schema_text,
)

TESTS = Path(__file__).parent
PAGES = sorted([*TESTS.glob("corpus/*.txt"), *TESTS.glob("pages*/*.txt")])
REGENERATE = "python -m interviewparse.schema --write"
SAMPLE = TESTS / "corpus" / "belta-chinese-ambassador.txt"


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json_schema()


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> Any:
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


@pytest.fixture(scope="module")
def sample() -> dict[str, Any]:
    return interviewparse.parse_file(SAMPLE).to_dict()


def errors(validator: Any, data: Any) -> list[str]:
    return [e.message for e in validator.iter_errors(data)]


# (a) the shipped file is the generated schema


def test_shipped_file_is_current() -> None:
    shipped = importlib.resources.files("interviewparse").joinpath(SCHEMA_FILENAME)
    text = shipped.read_text(encoding="utf-8")
    assert json.loads(text) == json_schema(), (
        f"{SCHEMA_FILENAME} is out of date with the model; regenerate it with `{REGENERATE}`"
    )
    assert text == schema_text(), f"{SCHEMA_FILENAME} is not formatted; run `{REGENERATE}`"


def test_json_schema_returns_a_fresh_dict() -> None:
    first = json_schema()
    first["$defs"]["Span"]["minItems"] = 99
    first["properties"].clear()
    assert json_schema()["$defs"]["Span"]["minItems"] == 2
    assert json_schema()["properties"]


# (b) a valid draft 2020-12 schema


def test_schema_is_valid_draft_2020_12(schema: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] and schema["title"] and schema["description"]
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION == model.SCHEMA_VERSION


def test_every_object_is_closed_and_complete(schema: dict[str, Any]) -> None:
    objects = [schema, *(d for d in schema["$defs"].values() if d.get("type") == "object")]
    for obj in objects:
        assert obj["additionalProperties"] is False
        assert obj["required"] == list(obj["properties"])
        for name, prop in obj["properties"].items():
            assert prop.get("description"), f"property {name} has no description"


# (c) the output of every corpus page validates


def test_corpus_is_there() -> None:
    assert len(PAGES) >= 100


@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_corpus_page_validates(path: Path, validator: Any) -> None:
    interview = interviewparse.parse_file(path)
    assert errors(validator, interview.to_dict()) == []
    # what to_json() prints is what the schema describes
    assert errors(validator, json.loads(interview.to_json())) == []


def test_str_input_validates(validator: Any) -> None:
    for text in ["", "Q: Ready?\nA: Yes.", "— Well?\n— Fine.\n12.03.2024 10:15"]:
        assert errors(validator, interviewparse.parse(text, source="x").to_dict()) == []


# (d) what must not validate


def test_sample_validates(validator: Any, sample: dict[str, Any]) -> None:
    assert sample["exchanges"] and sample["metadata"]["published"]
    assert errors(validator, sample) == []


def test_renamed_field_fails(validator: Any, sample: dict[str, Any]) -> None:
    data = copy.deepcopy(sample)
    data["exchange_list"] = data.pop("exchanges")
    assert errors(validator, data)
    nested = copy.deepcopy(sample)
    question = nested["exchanges"][0]["question"]
    question["who"] = question.pop("speaker")
    assert errors(validator, nested)


def test_missing_field_fails(validator: Any, sample: dict[str, Any]) -> None:
    data = copy.deepcopy(sample)
    del data["metadata"]["title"]
    assert any("'title' is a required property" in e for e in errors(validator, data))


def test_extra_field_fails(validator: Any, sample: dict[str, Any]) -> None:
    data = copy.deepcopy(sample)
    data["boilerplate"][0]["confidence"] = 0.9
    assert errors(validator, data)


@pytest.mark.parametrize(
    "where, value",
    [
        (("language",), None),
        (("metadata", "published_ambiguous"), "no"),
        (("exchanges", 0, "index"), "0"),
        (("exchanges", 0, "index"), True),
        (("exchanges", 0, "question", "span"), [1, 2, 3]),
        (("exchanges", 0, "question", "span"), [1]),
        (("exchanges", 0, "question", "span"), ["1", "2"]),
        (("exchanges", 0, "question", "line"), -1),
        (("exchanges", 0, "answer", "paragraphs"), {}),
        (("exchanges", 0, "question", "role"), "reply"),
        (("format",), "podcast"),
        (("boilerplate", 0, "kind"), "banner"),
        (("metadata", "published"), "10 March 2023"),
        (("metadata", "published"), 1678440480),
        (("metadata", "page_date"), "2023-03-10T00:00:00"),
        (("metadata", "dateline"), "MINSK"),
    ],
)
def test_wrong_type_fails(
    validator: Any, sample: dict[str, Any], where: tuple[str | int, ...], value: object
) -> None:
    data = copy.deepcopy(sample)
    target: Any = data
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    assert errors(validator, data), f"{where} = {value!r} was accepted"


@pytest.mark.parametrize("version", ["0.9", "2.0", "1", "", None, 1.0])
def test_wrong_schema_version_fails(
    validator: Any, sample: dict[str, Any], version: object
) -> None:
    data = copy.deepcopy(sample)
    data["schema_version"] = version
    assert errors(validator, data)


def test_published_forms(validator: Any, sample: dict[str, Any]) -> None:
    for value in [
        "2023-03-10",
        "2023-03-10T09:28:00",
        "2023-03-10T09:28:00+03:00",
        "2023-03-10T09:28:00.250000-05:30",
        None,
    ]:
        data = copy.deepcopy(sample)
        data["metadata"]["published"] = value
        assert errors(validator, data) == [], value


# (e) every field of every model class is in the schema


def model_classes() -> dict[str, type]:
    """The attrs classes reachable from Interview, found without schema.py."""
    found: dict[str, type] = {}

    def visit(hint: Any) -> None:
        if isinstance(hint, type) and attrs.has(hint) and hint.__name__ not in found:
            found[hint.__name__] = hint
            for h in typing.get_type_hints(hint).values():
                visit(h)
        for arg in typing.get_args(hint):
            visit(arg)

    visit(model.Interview)
    return found


def test_model_walk_finds_the_classes() -> None:
    assert {"Interview", "Metadata", "Turn", "Label", "Point", "MetaLine"} <= set(
        model_classes()
    )


def test_every_model_field_is_in_the_schema(schema: dict[str, Any]) -> None:
    for name, cls in model_classes().items():
        obj = schema if cls is model.Interview else schema["$defs"].get(name)
        assert obj is not None, f"class {name} has no $defs entry"
        fields = [f.name for f in attrs.fields(cls)]
        assert list(obj["properties"]) == fields, name
        assert obj["required"] == fields, name


def test_to_dict_keys_match_the_model(sample: dict[str, Any]) -> None:
    # the schema's premise: cattrs writes every attrs field under its own name
    assert list(sample) == [f.name for f in attrs.fields(model.Interview)]
    assert list(sample["metadata"]) == [f.name for f in attrs.fields(model.Metadata)]


def test_tables_name_real_fields() -> None:
    from interviewparse import schema as module

    classes = model_classes()
    for table in (module._VALUES, module._FIELD_DOCS, module._MINIMUM):
        for owner, field in table:
            assert owner in classes, f"{owner}.{field}: no such class"
            assert field in attrs.fields_dict(classes[owner]), f"{owner}.{field}: no such field"
    assert set(module._CLASS_DOCS) == set(classes)


# the walker's other mappings, on a made-up class


class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


@attrs.frozen
class Inner:
    n: float


@attrs.frozen
class Sample:
    colour: Colour
    mode: Literal["a", "b"]
    pair: tuple[str, int]
    many: tuple[int, ...]
    table: dict[str, Inner]
    maybe: Inner | None = None


def test_walker_mappings() -> None:
    builder = _Builder()
    obj = builder.object_schema(Sample)
    props = obj["properties"]
    assert props["colour"] == {"type": "string", "enum": ["red", "blue"]}
    assert props["mode"] == {"type": "string", "enum": ["a", "b"]}
    assert props["pair"]["prefixItems"] == [{"type": "string"}, {"type": "integer"}]
    assert props["many"] == {"type": "array", "items": {"type": "integer"}}
    assert props["table"]["additionalProperties"] == {"$ref": "#/$defs/Inner"}
    assert props["maybe"] == {"anyOf": [{"$ref": "#/$defs/Inner"}, {"type": "null"}]}
    assert builder.defs["Inner"]["properties"]["n"] == {"type": "number"}


def test_walker_refuses_unknown_types() -> None:
    @attrs.frozen
    class Odd:
        value: set[int]

    with pytest.raises(TypeError, match="no JSON Schema mapping"):
        _Builder().object_schema(Odd)
