"""Patterns compiled on first use behave as compiled ones, and are compiled only when used."""

from __future__ import annotations

import copy
import pickle
import re

import pytest

from titlematch.lazy_re import lazy


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    text = "Led a team of 8 engineers; MANAGED 3 team leads.\nLed the migration."
    source, flags = r"(?i)\b(led|managed)\s+(?:a\s+)?(\w+)", re.MULTILINE
    eager, deferred = re.compile(source, flags), lazy(source, flags)
    assert [m.span() for m in deferred.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert deferred.findall(text) == eager.findall(text)
    assert deferred.sub("X", text) == eager.sub("X", text)
    assert deferred.split(text) == eager.split(text)
    assert deferred.search(text, 10).span() == eager.search(text, 10).span()  # type: ignore[union-attr]
    assert deferred.match(text) is not None and deferred.fullmatch(text) is None
    assert (deferred.pattern, deferred.groups, deferred.flags) == (eager.pattern, eager.groups, eager.flags)


def test_a_lazy_pattern_compiles_once_and_only_when_used(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        calls.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counting)
    unused, used = lazy(r"never\s+used"), lazy(r"\d+")
    assert calls == []
    assert used.findall("12 and 3") == ["12", "3"]
    assert used.search("x 7").group(0) == "7"  # type: ignore[union-attr]
    assert calls == [r"\d+"]
    assert "never" in repr(unused)


def test_the_evidence_patterns_compile_on_first_use() -> None:
    """The readers' module-level patterns are lazy: importing them compiles nothing a resume may not need."""
    from titlematch import dates, evidence, scope

    for module in (dates, evidence, scope):
        lazies = [v for k, v in vars(module).items() if k.endswith("_RE") and type(v).__name__ == "_LazyPattern"]
        assert len(lazies) >= 10, module.__name__


def test_a_lazy_pattern_survives_copy_and_pickle() -> None:
    """A stand-in copied or unpickled before its first use (as a process pool may ship one) still compiles."""
    pattern = lazy(r"\d+")
    assert copy.deepcopy(pattern).findall("a 1 b 22") == ["1", "22"]
    assert pickle.loads(pickle.dumps(pattern)).findall("3 and 4") == ["3", "4"]
