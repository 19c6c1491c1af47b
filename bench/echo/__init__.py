"""A bare python-telegram-bot echo bot: the floor for what a PTB bot costs per update."""
