"""``python -m parole_desktop`` runs the command-line interface."""

from parole_desktop.cli import main

raise SystemExit(main())
