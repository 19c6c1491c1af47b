"""The channel-agnostic core: inbound/outbound types, the engine and the flows."""
