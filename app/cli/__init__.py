"""The command line: main.py parses and dispatches; one module per command
group registers its subcommands. Problems are printed as one sentence."""
