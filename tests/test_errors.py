"""One exception hierarchy: every error the checker defines derives from checker.errors.CheckerError,
so an embedding program catches one class and the command line never shows a traceback for one."""

import importlib
import inspect
import pkgutil
from pathlib import Path

import checker
from checker.cli import main
from checker.errors import CheckerError


def _checker_modules():
    for info in pkgutil.walk_packages(checker.__path__, "checker."):
        if info.name.startswith("checker.builtin_rules") or info.name == "checker.__main__":
            continue  # data, and the module that runs the command line when imported
        yield importlib.import_module(info.name)


def test_every_exception_the_checker_defines_is_a_checker_error():
    defined = {
        f"{module.__name__}.{name}": cls
        for module in _checker_modules()
        for name, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, BaseException) and cls.__module__ == module.__name__
    }
    assert len(defined) >= 8, sorted(defined)  # config, baseline, expressions, loading, periods...
    outside = sorted(name for name, cls in defined.items() if not issubclass(cls, CheckerError))
    assert outside == [], f"derive these from checker.errors.CheckerError: {outside}"


def test_a_checker_error_reaching_the_command_line_is_one_message(monkeypatch, capsys):
    import checker.cli as cli

    def refuse(*args, **kwargs):
        raise CheckerError("the claims directory went away")

    monkeypatch.setattr(cli, "run", refuse)
    claims = Path(__file__).resolve().parent.parent / "claims"
    assert main(["audit", str(claims), "-o", "-"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "checker: the claims directory went away"
