"""The pure domain: entities, signal catalogue, odds model, planner, mail-signal detection.

Nothing in this package does I/O; functions take `now` and plain values.
"""
