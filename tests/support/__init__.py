"""What the tests share: running bots, the person driver, seeding and calendar helpers.

Test modules import from here (and from tests.timeline), never from one another."""
