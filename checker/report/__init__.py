"""Reporters: each turns a RunResult into one output format. They present, never recompute."""
