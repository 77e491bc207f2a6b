"""One module per `agent-console` sub-command: ``register(subparsers)`` and ``run(args, config)``."""
