"""Mathematical statistics (CPython 3.11's `statistics`, written for the
sandbox: it runs inside the guest like any guest code).

Averages: `mean`, `fmean` (with `weights`), `geometric_mean`,
`harmonic_mean` (with `weights`), `median`, `median_low`, `median_high`,
`median_grouped`, `mode`, `multimode`, `quantiles` (exclusive and
inclusive). Spread: `pstdev`, `pvariance`, `stdev`, `variance`.
Two variables: `covariance`, `correlation`, `linear_regression`
(`proportional=`). `NormalDist` (pdf, cdf, inv_cdf, quantiles, overlap,
zscore, from_samples, samples, arithmetic). `StatisticsError`.

As CPython, `mean`, `variance`, `stdev` and friends sum exactly with
Fractions and return the type of the data (int data gives an int mean when
it is whole, Fraction data gives Fractions), and `stdev`/`pstdev` are
correctly rounded, so the results are CPython's to the last bit.

Needs `math` and `fractions` granted too (`NormalDist.samples` needs
`random`). Differences: `linear_regression` returns a `LinearRegression`
object with `slope` and `intercept` that unpacks and indexes like
CPython's named tuple but is not a tuple; there is no `numbers` module, so
`harmonic_mean` of a single value accepts ints, floats, Fractions and
Decimals (CPython: any `numbers.Real`).
"""

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
    'median_grouped', 'median_high', 'median_low', 'mode', 'multimode',
    'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]

import math
from fractions import Fraction


class StatisticsError(ValueError):
    pass


# --- exact sums ---------------------------------------------------------

def _is_decimal_type(T):
    # decimal.Decimal or a subclass, recognized without importing decimal
    for t in T.__mro__:
        if t.__name__ == 'Decimal' and hasattr(t, 'is_snan'):
            return True
    return False


def _isfinite(x):
    try:
        return x.is_finite()            # a Decimal
    except AttributeError:
        return math.isfinite(_as_float(x))


def _as_float(x):
    if isinstance(x, Fraction):
        return x.numerator / x.denominator
    return float(x)


def _fsum(values):
    """math.fsum of values, converting Fractions (and other numbers with a
    __float__) first as CPython's fsum does."""
    floats = []
    for x in values:
        if type(x) is not float and type(x) is not int:
            if isinstance(x, Fraction):
                x = x.numerator / x.denominator
            elif hasattr(type(x), '__float__'):
                x = x.__float__()
        floats.append(x)
    return math.fsum(floats)


def _exact_ratio(x):
    """(numerator, denominator) of x exactly, or (x, None) if x is an
    infinity or a NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__)


def _coerce(T, S):
    """The type of a result mixing the types T and S (int < Fraction <
    float, and a subclass wins over its base)."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s"
                    % (T.__name__, S.__name__))


def _result_type(types):
    T = int
    for S in types:
        T = _coerce(T, S)
    return T


def _sum(data):
    """(T, total, count): the exact sum of data as a Fraction (or the
    infinity or NaN it adds up to) and the type of the result."""
    count = 0
    types = []
    last_type = None
    partials = {}                      # denominator -> sum of numerators
    for x in data:
        t = type(x)
        if t is not last_type:
            if t not in types:
                types.append(t)
            last_type = t
        n, d = _exact_ratio(x)
        count += 1
        partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = 0
        for d, n in partials.items():
            total = total + Fraction(n, d)
    return (_result_type(types), total, count)


def _ss(data, c=None):
    """(T, ssd, mean, count): the exact sum of the squared deviations from
    the mean (or from c, if given), in one pass."""
    if c is not None:
        T, ssd, count = _sum([(x - c) * (x - c) for x in data])
        return (T, ssd, c, count)
    count = 0
    types = []
    last_type = None
    sx = {}
    sxx = {}
    for x in data:
        t = type(x)
        if t is not last_type:
            if t not in types:
                types.append(t)
            last_type = t
        n, d = _exact_ratio(x)
        count += 1
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        ssd = c = Fraction(0)
    elif None in sx:
        ssd = c = sx[None]
    else:
        total = 0
        for d, n in sx.items():
            total = total + Fraction(n, d)
        squares = 0
        for d, n in sxx.items():
            squares = squares + Fraction(n, d * d)
        ssd = (count * squares - total * total) / count
        c = total / count
    return (_result_type(types), ssd, c, count)


def _convert(value, T):
    """value (a Fraction, or a float infinity or NaN) as type T."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    if isinstance(value, Fraction):
        if _is_decimal_type(T):
            return T(value.numerator) / T(value.denominator)
        if issubclass(T, float):
            return T(value.numerator / value.denominator)
        if issubclass(T, int):
            return T(value.numerator)
    return T(value)


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


# --- correctly rounded square roots of fractions -------------------------

def _isqrt_frac_rto(n, m):
    """The square root of n/m rounded down, with its last bit set if it
    was inexact (round to odd)."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


_SQRT_BIT_WIDTH = 2 * 53 + 3


def _float_sqrt_of_frac(n, m):
    """The square root of n/m as a float, correctly rounded."""
    q = (n.bit_length() - m.bit_length() - _SQRT_BIT_WIDTH) // 2
    if q >= 0:
        numerator = _isqrt_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _isqrt_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def _decimal_sqrt_of_frac(n, m, D):
    """The square root of n/m as a Decimal D, correctly rounded."""
    if n <= 0:
        if not n:
            return D('0.0')
        n, m = -n, -m
    root = (D(n) / D(m)).sqrt()
    nr, dr = root.as_integer_ratio()
    plus = root.next_plus()
    np, dp = plus.as_integer_ratio()
    if 4 * n * (dr * dp) ** 2 > m * (dr * np + dp * nr) ** 2:
        return plus
    minus = root.next_minus()
    nm, dm = minus.as_integer_ratio()
    if 4 * n * (dr * dm) ** 2 < m * (dr * nm + dm * nr) ** 2:
        return minus
    return root


def _sqrt_result(mss, T):
    # an infinite or NaN mss (a float) has no numerator: an AttributeError,
    # as in CPython
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(mss.numerator, mss.denominator, T)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


# --- averages ------------------------------------------------------------

def mean(data):
    """The arithmetic mean of data, exact, in the data's type."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The mean of data as a float (fast, with math.fsum); with weights,
    the weighted mean."""
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = _fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = _fsum([x * w for x, w in zip(data, weights)])
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = _fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """The geometric mean of positive data, as a float."""
    try:
        return math.exp(fmean([math.log(x.numerator / x.denominator) if isinstance(x, Fraction)
                               else math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """The harmonic mean of non-negative data (0 if a value is 0)."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)) or _is_decimal_type(type(x)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(_fail_neg(weights, errmsg))
    try:
        T, total, count = _sum(w / x if w else 0
                               for w, x in zip(weights, _fail_neg(data, errmsg)))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    """The middle value of data (the mean of the two middle ones if there
    is an even number)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The lower of the two middle values when there is an even number."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The higher of the two middle values when there is an even number."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The median of grouped continuous data (the 50th percentile),
    interpolated within the median's class interval."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    # the run of values equal to x
    i = 0
    while i < n and data[i] < x:
        i += 1
    j = i
    while j < n and not (x < data[j]):
        j += 1
    try:
        interval = _as_float(interval)
        x = _as_float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - i) / (j - i)


def _counts(data):
    counts = {}
    for x in iter(data):
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """The most common value of data (the first seen if several are)."""
    counts = _counts(data)
    best = None
    best_count = 0
    for value, count in counts.items():
        if count > best_count:
            best, best_count = value, count
    if not best_count:
        raise StatisticsError('no mode for empty data')
    return best


def multimode(data):
    """The most common values of data, in the order first seen."""
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method='exclusive'):
    """n - 1 cut points dividing data into n intervals of equal
    probability (method 'exclusive' or 'inclusive')."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            if j < 1:
                j = 1
            elif j > ld - 1:
                j = ld - 1
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError('Unknown method: %r' % (method,))


# --- spread --------------------------------------------------------------

def variance(data, xbar=None):
    """The sample variance of data (n - 1 degrees of freedom)."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance of data."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """The sample standard deviation of data, correctly rounded."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_result(ss / (n - 1), T)


def pstdev(data, mu=None):
    """The population standard deviation of data, correctly rounded."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_result(ss / n, T)


def _mean_stdev(data):
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    if isinstance(mss, Fraction):
        return _as_float(xbar), _float_sqrt_of_frac(mss.numerator, mss.denominator)
    return _as_float(xbar), _as_float(xbar) / _as_float(ss)


# --- two variables -------------------------------------------------------

def _pair_sums(x, y, n):
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    sxy = _fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    return xbar, ybar, sxy


def covariance(x, y, /):
    """The sample covariance of x and y."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar, ybar, sxy = _pair_sums(x, y, n)
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of x and y."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar, ybar, sxy = _pair_sums(x, y, n)
    sxx = _fsum([(xi - xbar) * (xi - xbar) for xi in x])
    syy = _fsum([(yi - ybar) * (yi - ybar) for yi in y])
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


class LinearRegression:
    """(slope, intercept) of linear_regression: has the two fields by name,
    unpacks, indexes and compares like CPython's named tuple."""

    _fields = ('slope', 'intercept')

    def __init__(self, slope, intercept):
        self.slope = slope
        self.intercept = intercept

    def __iter__(self):
        return iter((self.slope, self.intercept))

    def __len__(self):
        return 2

    def __getitem__(self, index):
        return (self.slope, self.intercept)[index]

    def __eq__(self, other):
        if isinstance(other, (LinearRegression, tuple)):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self):
        return hash((self.slope, self.intercept))

    def __repr__(self):
        return 'LinearRegression(slope=%r, intercept=%r)' % (self.slope, self.intercept)

    def _asdict(self):
        return {'slope': self.slope, 'intercept': self.intercept}


def linear_regression(x, y, /, *, proportional=False):
    """The slope and intercept of the least-squares line through (x, y)
    (through the origin if proportional)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = _fsum([xi * yi for xi, yi in zip(x, y)])
        sxx = _fsum([xi * xi for xi in x])
    else:
        xbar, ybar, sxy = _pair_sums(x, y, n)
        sxx = _fsum([(xi - xbar) * (xi - xbar) for xi in x])
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# --- the normal distribution ---------------------------------------------

def _normal_dist_inv_cdf(p, mu, sigma):
    # Wichura's algorithm AS241 (Applied Statistics, 1988), good to about
    # 1 part in 10**16, as CPython's
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num = (((((((2.5090809287301226727e+3 * r +
                     3.3430575583588128105e+4) * r +
                     6.7265770927008700853e+4) * r +
                     4.5921953931549871457e+4) * r +
                     1.3731693765509461125e+4) * r +
                     1.9715909503065514427e+3) * r +
                     1.3314166789178437745e+2) * r +
                     3.3871328727963666080e+0) * q
        den = (((((((5.2264952788528545610e+3 * r +
                     2.8729085735721942674e+4) * r +
                     3.9307895800092710610e+4) * r +
                     2.1213794301586595867e+4) * r +
                     5.3941960214247511077e+3) * r +
                     6.8718700749205790830e+2) * r +
                     4.2313330701600911252e+1) * r +
                     1.0)
        return mu + (num / den) * sigma
    r = p if q <= 0.0 else 1.0 - p
    r = math.sqrt(-math.log(r))
    if r <= 5.0:
        r = r - 1.6
        num = (((((((7.74545014278341407640e-4 * r +
                     2.27238449892691845833e-2) * r +
                     2.41780725177450611770e-1) * r +
                     1.27045825245236838258e+0) * r +
                     3.64784832476320460504e+0) * r +
                     5.76949722146069140550e+0) * r +
                     4.63033784615654529590e+0) * r +
                     1.42343711074968357734e+0)
        den = (((((((1.05075007164441684324e-9 * r +
                     5.47593808499534494600e-4) * r +
                     1.51986665636164571966e-2) * r +
                     1.48103976427480074590e-1) * r +
                     6.89767334985100004550e-1) * r +
                     1.67638483018380384940e+0) * r +
                     2.05319162663775882187e+0) * r +
                     1.0)
    else:
        r = r - 5.0
        num = (((((((2.01033439929228813265e-7 * r +
                     2.71155556874348757815e-5) * r +
                     1.24266094738807843860e-3) * r +
                     2.65321895265761230930e-2) * r +
                     2.96560571828504891230e-1) * r +
                     1.78482653991729133580e+0) * r +
                     5.46378491116411436990e+0) * r +
                     6.65790464350110377720e+0)
        den = (((((((2.04426310338993978564e-15 * r +
                     1.42151175831644588870e-7) * r +
                     1.84631831751005468180e-5) * r +
                     7.86869131145613259100e-4) * r +
                     1.48753612908506148525e-2) * r +
                     1.36929880922735805310e-1) * r +
                     5.99832206555887937690e-1) * r +
                     1.0)
    x = num / den
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


_SQRT2 = math.sqrt(2.0)


class NormalDist:
    "Normal distribution of a random variable"

    def __init__(self, mu=0.0, sigma=1.0):
        "NormalDist where mu is the mean and sigma is the standard deviation."
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = _as_float(mu)
        self._sigma = _as_float(sigma)

    @classmethod
    def from_samples(cls, data):
        "Make a normal distribution instance from sample data."
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        "Generate *n* samples for a given mean and standard deviation."
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for i in range(n)]

    def pdf(self, x):
        "Probability density function.  P(x <= X < x+dx) / dx"
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        "Cumulative distribution function.  P(X <= x)"
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """Inverse cumulative distribution function: x such that
        P(X <= x) = p."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """n - 1 cut points dividing the distribution into n intervals of
        equal probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient of two normal distributions (the
        area under both density curves)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = math.fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * math.sqrt(dm * dm + dv * math.log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (math.fabs(Y.cdf(x1) - X.cdf(x1)) + math.fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x is above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        "Arithmetic mean of the normal distribution."
        return self._mu

    @property
    def median(self):
        "Return the median of the normal distribution"
        return self._mu

    @property
    def mode(self):
        "Return the mode of the normal distribution"
        return self._mu

    @property
    def stdev(self):
        "Standard deviation of the normal distribution."
        return self._sigma

    @property
    def variance(self):
        "Square of the standard deviation."
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * math.fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / math.fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
