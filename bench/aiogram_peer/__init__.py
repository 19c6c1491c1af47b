"""The graduates survey the aiogram 3 way: the benchmark's second framework peer."""
