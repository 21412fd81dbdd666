"""The restricted interpreter: RPython (Python 2 syntax), never imports trusted/."""
