"""The Processing provider and its algorithms: thin adapters over core/."""
