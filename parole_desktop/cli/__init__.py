"""The command line: ``parole-desktop`` and ``python -m parole_desktop``.

``program`` holds the global options, start-up and exit codes; ``registry`` lists the command modules;
``common`` what they share. The console entry point is ``parole_desktop.cli:main``.
"""

from parole_desktop.cli.program import main

__all__ = ["main"]
