"""`checker check --text` on one invented story, for the tests of what a sentence is read as."""

from pathlib import Path

from checker.cli import main


def check_story(tmp_path: Path, text: str, capsys) -> str:
    """The report `checker check --text` prints for a file holding `text`."""
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    main(["check", "--text", str(path)])
    return capsys.readouterr().out


def flagged(report: str) -> bool:
    """Whether a report holds an error or a warning (a note is neither)."""
    return " error [" in report or " warning [" in report
