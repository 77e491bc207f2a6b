"""CRM access without Qt: the vocabulary, the adapter protocol and registry, the lookup chain,
the write-back outbox and the built-in adapters."""
