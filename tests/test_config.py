"""Selecting rules, reading configuration files, and the errors for bad values."""

from __future__ import annotations

import pytest

from cleaner import Config, ConfigError
from cleaner.config import resolve
from cleaner.io.settings import find_config, load_config
from cleaner.rules import RULES


def codes(config):
    return [r.code for r in config.rules]


def test_defaults_are_the_default_on_rules():
    assert codes(Config()) == [r.code for r in RULES if r.default]


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"select": ("W",)}, ["W101", "W102", "W103"]),
        ({"select": ("W10",), "ignore": ("W101",)}, ["W102", "W103"]),
        ({"select": ("trailing-whitespace",)}, ["W102"]),
        ({"select": ("E101", "C1")}, ["C101", "E101", "C102", "C103"]),
        ({"select": ("ALL",), "ignore": ("C", "E", "W")}, [r.code for r in RULES if r.code[0] not in "CEW"]),
    ],
)
def test_selectors(kwargs, expected):
    assert codes(Config(**kwargs)) == expected


def test_extend_select_adds_to_defaults():
    off = [r for r in RULES if not r.default]
    if not off:
        pytest.skip("every rule is on by default")
    assert off[0].code in codes(Config(extend_select=(off[0].code,)))


@pytest.mark.parametrize("bad", ["Z9", "E1234", "latin", "", "e101"])
def test_unknown_selector_is_named(bad):
    with pytest.raises(ConfigError, match=repr(bad)):
        resolve(bad, "select", "test")


def test_from_mapping_rejects_unknown_keys_and_types():
    with pytest.raises(ConfigError, match="'colour'"):
        Config.from_mapping({"colour": "red"}, "x.toml")
    with pytest.raises(ConfigError, match="must be a list"):
        Config.from_mapping({"select": [1]}, "x.toml")
    with pytest.raises(ConfigError, match="'NOPE' in ignore"):
        Config.from_mapping({"ignore": ["NOPE"]}, "x.toml")


def test_pyproject_discovery(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.cleaner]\nignore = ["W101"]\n')
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    found = find_config(nested)
    assert found == tmp_path / "pyproject.toml"
    assert "W101" not in codes(load_config(found))


def test_pyproject_without_table_is_skipped_and_cleaner_toml_wins(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert find_config(tmp_path) is None
    (tmp_path / "cleaner.toml").write_text('select = ["W"]\n')
    assert codes(load_config(find_config(tmp_path))) == ["W101", "W102", "W103"]


def test_invalid_toml_names_the_file(tmp_path):
    bad = tmp_path / "cleaner.toml"
    bad.write_text("select = [\n")
    with pytest.raises(ConfigError, match="cleaner.toml is not valid TOML"):
        load_config(bad)


def test_command_line_overrides_layer_on_top():
    base = Config.from_mapping({"ignore": ["W101"]}, "file")
    assert codes(base.override(select=["W"])) == ["W102", "W103"]
    assert "C101" not in codes(base.override(ignore=["C101"]))
