"""``python -m mocparse``: the ``mocparse`` command."""

from mocparse.cli.app import main

if __name__ == "__main__":
    main()
