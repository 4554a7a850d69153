"""checker as users install it: the built sdist and wheel in a fresh virtual environment outside
the checkout, and the pre-commit hook run by pre-commit itself. Both must find the seed corpus's
three errors, with the same JSON report as the checkout gives.

The distributions are built from a copy of the checkout's files (tracked and new, never ignored
ones such as .venv or build/), so what is tested is what the working tree would ship, in a clean
clone and in a developer's checkout alike."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED_ERRORS = ["growth", "growth-vs-cagr", "part-whole"]
# Installing resolves dependencies from the package index (pip's cache makes reruns quick).
TIMEOUT = 900


def _environment(**extra: str) -> dict[str, str]:
    """The environment of a user's shell: nothing that points Python back at the checkout."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(PIP_DISABLE_PIP_VERSION_CHECK="1", NO_COLOR="1", **extra)
    return env


def _run(command: list[str], cwd: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        cwd=cwd,
        env=_environment(**extra),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )


def _ok(command: list[str], cwd: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    done = _run(command, cwd, **extra)
    assert done.returncode == 0, f"{' '.join(command)}:\n{done.stdout}\n{done.stderr}"
    return done


def _copy_checkout(destination: Path) -> Path:
    """The checkout's files as a clean clone would have them, plus files not yet committed."""
    listed = _ok(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], REPO
    ).stdout
    for name in filter(None, listed.split("\0")):
        source = REPO / name
        if source.is_file():  # a file deleted but not yet committed is still listed
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination / name)
    return destination


def _git_repository(directory: Path) -> None:
    """Make a directory a git repository with everything in it committed."""
    identity = ["-c", "user.name=checker tests", "-c", "user.email=tests@example.invalid"]
    _ok(["git", "init", "--quiet", "--initial-branch=main"], directory)
    _ok(["git", "add", "--all"], directory)
    _ok(["git", *identity, "commit", "--quiet", "--no-verify", "-m", "snapshot"], directory)


def _claims_elsewhere(directory: Path) -> Path:
    """A user's project: a copy of the seed corpus, far from the checkout."""
    directory.mkdir()
    shutil.copytree(REPO / "claims", directory / "claims")
    return directory


def _checkout_report() -> dict:
    """The JSON report of the checkout's own checker on claims/, run from the checkout."""
    done = _run([sys.executable, "-m", "checker", "check", "claims/", "--format", "json"], REPO)
    assert done.returncode == 1, done.stderr
    return json.loads(done.stdout)


def _errors(report: dict) -> list[str]:
    return sorted(f["rule"] for f in report["findings"] if f["severity"] == "error")


def test_the_distributions_list_every_package_of_the_checkout():
    """Packages are listed in pyproject.toml (to map rules/ into the package): a new subpackage
    of checker/ left off the list would be missing from every installed copy."""
    setuptools = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]
    found = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in REPO.glob("checker/**/__init__.py")
    }
    assert set(setuptools["packages"]) == found | {"checker.builtin_rules"}
    assert setuptools["package-dir"] == {"checker.builtin_rules": "rules"}
    assert (REPO / "rules" / "__init__.py").is_file()


@pytest.fixture(scope="module")
def distributions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sdist, and the wheel built from it (as `python -m build` does by default)."""
    source = _copy_checkout(tmp_path_factory.mktemp("source"))
    out = tmp_path_factory.mktemp("dist")
    _ok([sys.executable, "-m", "build", "--outdir", str(out), str(source)], source)
    [sdist] = out.glob("checker-*.tar.gz")
    [wheel] = out.glob("checker-*.whl")
    return {"sdist": sdist, "wheel": wheel}


@pytest.fixture(scope="module")
def user_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment outside the checkout, with pip."""
    location = tmp_path_factory.mktemp("user") / "venv"
    venv.EnvBuilder(with_pip=True).create(location)
    return location / "bin"


def _install(bin_dir: Path, distribution: Path, cwd: Path) -> None:
    """Install one distribution with its dependencies; the second step makes sure this one
    replaces the other kind's copy of checker when both tests share the environment."""
    pip = str(bin_dir / "pip")
    _ok([pip, "install", "--quiet", str(distribution)], cwd)
    _ok([pip, "install", "--quiet", "--force-reinstall", "--no-deps", str(distribution)], cwd)


def _check_installed(bin_dir: Path, project: Path) -> None:
    """The installed checker, run from the user's project, gives the checkout's report."""
    where = _ok([str(bin_dir / "python"), "-c", "import checker; print(checker.__file__)"], project)
    assert not Path(where.stdout.strip()).is_relative_to(REPO), where.stdout
    done = _run([str(bin_dir / "checker"), "check", "claims/"], project)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "3 errors" in done.stdout, done.stdout
    for rule in SEED_ERRORS:
        assert f"error [{rule}]" in done.stdout
    as_json = _run([str(bin_dir / "checker"), "check", "claims/", "--format", "json"], project)
    assert as_json.returncode == 1, as_json.stderr
    report = json.loads(as_json.stdout)
    assert _errors(report) == SEED_ERRORS
    assert report == _checkout_report()


@pytest.mark.slow
@pytest.mark.xdist_group("distributions")
def test_the_wheel_installed_elsewhere_finds_the_seed_errors(distributions, user_venv, tmp_path):
    _install(user_venv, distributions["wheel"], tmp_path)
    _check_installed(user_venv, _claims_elsewhere(tmp_path / "project"))
    # Every built-in rule is installed, not just the ones the seed corpus trips.
    listing = _ok([str(user_venv / "checker"), "rules"], tmp_path).stdout
    assert f"{len(list((REPO / 'rules').glob('*.yaml')))} rules." in listing, listing


@pytest.mark.slow
@pytest.mark.xdist_group("distributions")
def test_the_sdist_installed_elsewhere_finds_the_seed_errors(distributions, user_venv, tmp_path):
    _install(user_venv, distributions["sdist"], tmp_path)
    _check_installed(user_venv, _claims_elsewhere(tmp_path / "project"))


@pytest.mark.slow
def test_the_pre_commit_hook_fails_on_the_seed_errors(tmp_path):
    """pre-commit installs the hook's repository as it would from GitHub, then runs the hook on
    a repository holding the seed corpus."""
    hook_repository = _copy_checkout(tmp_path / "checker")
    _git_repository(hook_repository)
    project = _claims_elsewhere(tmp_path / "project")
    _git_repository(project)
    done = _run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repository), "checker"]
        + ["--all-files"],
        project,
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
    )
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert "3 errors" in output, output
    for rule in SEED_ERRORS:
        assert f"error [{rule}]" in output, output
