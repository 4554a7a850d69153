"""One base class for the errors the checker raises about what it was given or asked.

Every module's own error (a value, a period or an expression that cannot be read, a claim file, a
configuration, a baseline, a lost worker) derives from CheckerError: a program embedding the
checker catches one class, and the command line turns any that reaches it into one message and
exit status 2 rather than a traceback. Those that were ValueErrors remain ValueErrors too, for
callers that catch those."""

from __future__ import annotations

__all__ = ["CheckerError"]


class CheckerError(Exception):
    """An error written for the person who runs the checker: its text is the whole message."""
