"""`python -m newsgraph ...`: the same command line as `newsgraph ...`."""
from newsgraph.cli import main

if __name__ == "__main__":
    main()
