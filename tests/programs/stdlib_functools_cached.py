# functools.cached_property (computed once, stored in the instance's
# __dict__) and lru_cache on methods (bound through __get__).
from functools import cached_property, lru_cache, cache


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def stats(self):
        """Mean and spread."""
        self.computed += 1
        n = len(self.values)
        mean = sum(self.values) / n
        return mean, max(self.values) - min(self.values)

    @lru_cache(maxsize=None)
    def power(self, k):
        self.computed += 1
        return [v ** k for v in self.values]

    @cache
    def total(self):
        return sum(self.values)


d = Dataset([1, 2, 3, 6])
print(d.stats, d.stats, d.computed, "stats" in vars(d))
d.stats = "overridden"
print(d.stats)
del d.stats
print(d.stats, d.computed)
print(Dataset.stats.__doc__, type(Dataset.__dict__["stats"]).__name__, Dataset.stats.attrname)
print(d.power(2), d.power(2), d.computed)
e = Dataset([5])
print(e.power(2), d.power.cache_info(), Dataset.power.cache_info().currsize)
print(d.total(), e.total(), Dataset.power.__name__, Dataset.power.__wrapped__.__name__)
Dataset.power.cache_clear()
print(d.power(3), Dataset.power.cache_info())

