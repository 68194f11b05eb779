"""The command-line shell: click commands that parse input, call the service, render."""
