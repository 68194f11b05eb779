"""`python -m offerwatch` runs the command-line interface."""

from offerwatch.cli import main

main()
