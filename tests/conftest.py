"""Settings shared by every test module."""

from hypothesis import settings

# Speed is measured in bench/, never asserted by tests: hypothesis's default deadline of 200 ms
# per example fails at random on a loaded 2-core machine, so no property test has one.
settings.register_profile("checker", deadline=None)
settings.load_profile("checker")
