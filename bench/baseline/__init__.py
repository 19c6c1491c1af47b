"""The benchmark's peer: the default survey written the plain python-telegram-bot way."""
