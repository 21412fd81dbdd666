import math
import random


def norm_cdf(x):
    return 0.5 * (1 + math.erf(x / math.sqrt(2)))


def black_scholes(S, K, T, r, sigma, call=True):
    d1 = (math.log(S / K) + (r + sigma ** 2 / 2) * T) / (sigma * math.sqrt(T))
    d2 = d1 - sigma * math.sqrt(T)
    if call:
        return S * norm_cdf(d1) - K * math.exp(-r * T) * norm_cdf(d2)
    return K * math.exp(-r * T) * norm_cdf(-d2) - S * norm_cdf(-d1)


def mc_price(S, K, T, r, sigma, n, rng, call=True):
    total = 0.0
    for _ in range(n):
        z = rng.gauss(0, 1)
        ST = S * math.exp((r - sigma ** 2 / 2) * T + sigma * math.sqrt(T) * z)
        total += max(ST - K, 0) if call else max(K - ST, 0)
    return math.exp(-r * T) * total / n


rng = random.Random(123)
for K in (90, 100, 110):
    bs_c = black_scholes(100, K, 1.0, 0.05, 0.2)
    bs_p = black_scholes(100, K, 1.0, 0.05, 0.2, call=False)
    mc_c = mc_price(100, K, 1.0, 0.05, 0.2, 4000, rng)
    parity = bs_c - bs_p - (100 - K * math.exp(-0.05))
    print("K=%d call %.6f (mc %.4f) put %.6f parity %.2e" % (K, bs_c, mc_c, bs_p, abs(parity)))


def binomial(S, K, T, r, sigma, steps):
    dt = T / steps
    u = math.exp(sigma * math.sqrt(dt))
    d = 1 / u
    p = (math.exp(r * dt) - d) / (u - d)
    vals = [max(S * u ** j * d ** (steps - j) - K, 0) for j in range(steps + 1)]
    for i in range(steps, 0, -1):
        vals = [math.exp(-r * dt) * (p * vals[j + 1] + (1 - p) * vals[j]) for j in range(i)]
    return vals[0]


print(["%.6f" % binomial(100, 100, 1.0, 0.05, 0.2, n) for n in (10, 50, 200)], "%.6f" % black_scholes(100, 100, 1.0, 0.05, 0.2))
