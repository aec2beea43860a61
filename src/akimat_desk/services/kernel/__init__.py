"""The kernel of the services: what every use case receives (context), opening a register, the kk/ru/en messages."""
