"""Subcommands of ``srkg``: each module defines ``register(subparsers)``.

A module here must import only the standard library at import time, so that
``srkg --help`` and every other command stay fast; heavy imports go inside
the function that runs the command.
"""
