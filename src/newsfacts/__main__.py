"""`python -m newsfacts` runs the command line."""
from .cli import entry

entry()
