"""Property tests (hypothesis): text decoding, extraction, the ladder loader and the output writers."""

from __future__ import annotations

import csv
import io
import json
import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from titlematch.corpus import parse_ladder
from titlematch.errors import CorpusError, InputError
from titlematch.extract import decode_text, extract
from titlematch.render import csv_lines, json_line
from titlematch.result import Result

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text(max_size=300))
def test_utf8_and_boms_round_trip(text: str) -> None:
    text = text.replace("\x00", "")
    for data in (text.encode("utf-8"), b"\xef\xbb\xbf" + text.encode("utf-8"), text.encode("utf-16"),
                 text.encode("utf-32")):
        if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")) or data.startswith((b"\xff\xfe", b"\xfe\xff")) \
                or data.startswith(b"\xef\xbb\xbf") or data == text.encode("utf-8"):
            assert decode_text(data) == text


@SETTINGS
@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=255, blacklist_categories=("Cc",)),
               min_size=1, max_size=300))
def test_single_byte_text_decodes_without_error(text: str) -> None:
    data = text.encode("cp1252", errors="replace")
    out = decode_text(data)
    assert isinstance(out, str)
    if data.isascii():
        assert out == text.encode("cp1252", "replace").decode("ascii")


@SETTINGS
@given(st.binary(max_size=2000), st.sampled_from(["", "x.pdf", "x.docx", "x.txt", "x.json", "x.md"]))
def test_extract_raises_only_input_errors(data: bytes, name: str) -> None:
    try:
        doc = extract(data, name)
    except InputError as exc:
        assert exc.message and "\n" not in exc.message
    else:
        assert isinstance(doc.text, str) and doc.text.strip()


# --------------------------------------------------------------------------------------- ladder loader

names = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd"), max_codepoint=0x17F),
                min_size=1, max_size=12)


def _q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


@st.composite
def ladders(draw: st.DrawFn) -> tuple[str, list[str], list[str]]:
    levels = draw(st.lists(names, min_size=1, max_size=5, unique_by=lambda s: s.lower()))
    titles = draw(st.lists(names, min_size=1, max_size=8, unique_by=lambda s: s.lower()))
    lines = ['[ladder]\nname = "Prop"\n']
    for lv in levels:
        lines.append(f"[[level]]\nname = {_q(lv)}\n")
    for i, t in enumerate(titles):
        level = levels[min(i, len(levels) - 1)]
        nxt = [titles[i + 1]] if i + 1 < len(titles) and min(i + 1, len(levels) - 1) > min(i, len(levels) - 1) else []
        lines.append(f"[[title]]\nname = {_q(t)}\nlevel = {_q(level)}\ntrack = \"T\"\n"
                     f"descriptions = [{_q('Does ' + t + ' work.')}]\nnext = {json.dumps(nxt)}\n")
    return "\n".join(lines), levels, titles


@SETTINGS
@given(ladders())
def test_generated_ladders_load_with_their_names(spec: tuple[str, list[str], list[str]]) -> None:
    text, levels, titles = spec
    ladder = parse_ladder(text.encode(), "prop.toml")
    assert list(ladder.level_names) == levels
    assert [t.name for t in ladder.titles] == titles


@SETTINGS
@given(ladders(), st.integers(0, 10_000), st.binary(min_size=1, max_size=8))
def test_damaged_ladders_fail_only_with_corpus_errors(spec: tuple[str, list[str], list[str]], where: int,
                                                       junk: bytes) -> None:
    data = spec[0].encode()
    where %= len(data)
    damaged = data[:where] + junk + data[where + len(junk):]
    try:
        parse_ladder(damaged, "damaged.toml")
    except CorpusError as exc:
        assert str(exc).startswith("damaged.toml: ") and "\n" not in str(exc)


# ------------------------------------------------------------------------------------------- writers

file_names = st.text(min_size=1, max_size=40).map(lambda s: s.replace("\x00", "")).filter(bool) | st.binary(
    min_size=1, max_size=20).map(lambda b: os.fsdecode(b.replace(b"\x00", b"_")))
cells = st.one_of(st.none(), st.booleans(), st.floats(allow_nan=False, allow_infinity=False, width=32),
                  st.integers(-10**6, 10**6), st.text(max_size=30))


@SETTINGS
@given(st.lists(st.tuples(file_names, cells), min_size=1, max_size=5))
def test_csv_round_trips_every_cell(rows: list[tuple[str, object]]) -> None:
    dict_rows = [{"file": f, "value": v} for f, v in rows]
    text = "".join(csv_lines(dict_rows))
    parsed = list(csv.reader(io.StringIO(text, newline="")))
    assert parsed[0] == ["file", "value"]
    assert [r[0] for r in parsed[1:]] == [f for f, _ in rows]


def _tsv_unescape(field: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r"}.get(m[1], m[1]), field)


@SETTINGS
@given(st.lists(file_names, min_size=1, max_size=5))
def test_tsv_is_one_line_per_row_and_unescapes_to_the_name(files: list[str]) -> None:
    text = "".join(csv_lines([{"file": f, "n": 1} for f in files], delimiter="\t"))
    lines = text.split("\n")[:-1]
    assert len(lines) == len(files) + 1
    assert [_tsv_unescape(line.split("\t")[0]) for line in lines[1:]] == files


@SETTINGS
@given(file_names)
def test_json_lines_are_valid_utf8_and_give_the_name_back(name: str) -> None:
    line = json_line(Result(file=name, error="x", error_kind="input", fit=False))
    assert "\n" not in line
    line.encode("utf-8")  # no lone surrogates left
    assert os.fsencode(json.loads(line)["file"]) == os.fsencode(name)
