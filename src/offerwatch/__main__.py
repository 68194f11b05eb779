"""`python -m offerwatch` runs the command-line interface."""

from offerwatch.cli.main import main

main()
