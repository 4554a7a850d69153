"""checker: finds inconsistent numbers in published text, from claim files.

from checker import run, RunOptions
result = run(["claims/"])
for finding in result.findings:
    print(finding.severity, finding.message)
"""

from .corpus import Claim, Corpus, InputError, Position, Source
from .findings import Citation, Finding
from .intervals import Interval
from .loading import LoadOptions, load_corpus
from .periods import Period, parse_period
from .quantities import Quantity, Tolerances, parse_value
from .runner import RunOptions, RunResult, run

__all__ = [
    "Citation",
    "Claim",
    "Corpus",
    "Finding",
    "InputError",
    "Interval",
    "LoadOptions",
    "Period",
    "Position",
    "Quantity",
    "RunOptions",
    "RunResult",
    "Source",
    "Tolerances",
    "load_corpus",
    "parse_period",
    "parse_value",
    "run",
]
