"""Knowledge-graph builder for Chinese government meeting reports."""

import logging

__version__ = "0.1.0"

# A library never configures logging; the CLI does.
logging.getLogger(__name__).addHandler(logging.NullHandler())
