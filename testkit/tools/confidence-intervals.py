#!/usr/bin/env python3
"""Works out the rows of confidence-intervals.csv from the published formulas alone.

Independent of Outturn's code: 40-digit arithmetic (mpmath), the formulas as Public Health England
publishes them (PHEindicatormethods, Fingertips technical guidance):

  z       = Phi^-1(1 - (1 - level) / 2)
  Wilson  = (2x + z^2 -/+ z sqrt(z^2 + 4x(1 - x/n))) / (2(n + z^2)), 0 when x = 0, 1 when x = n
  exact   = lower L with P(X >= x | L) = (1 - level)/2, i.e. the regularised gamma P(x, L) = tail
            (qchisq(tail, 2x) / 2), 0 when x = 0; upper U with P(x + 1, U) = 1 - tail
  Byar    = x (1 - 1/(9x) - z/(3 sqrt x))^3 and (x+1)(1 - 1/(9(x+1)) + z/(3 sqrt(x+1)))^3
  rate    = the count's limits / denominator * multiplier (exact below 10 events, Byar from 10)

Run from this folder: python3 confidence-intervals.py > ../src/main/resources/io/github/outturn/testkit/conformance/confidence-intervals.csv
"""
import csv
import sys

import mpmath as mp

mp.mp.dps = 40

HEADER = ["case", "measure", "numerator", "denominator", "multiplier", "level", "small_count",
          "expected", "tolerance", "error_contains", "note"]


def z_of(level):
    return mp.sqrt(2) * mp.erfinv(level)


def wilson(x, n, level):
    z = z_of(level)
    centre = 2 * x + z * z
    spread = z * mp.sqrt(z * z + 4 * x * (1 - x / n))
    lower = mp.mpf(0) if x == 0 else (centre - spread) / (2 * (n + z * z))
    upper = mp.mpf(1) if x == n else (centre + spread) / (2 * (n + z * z))
    return lower, upper


def exact(x, level):
    tail = (1 - level) / 2
    lower = mp.mpf(0) if x == 0 else bisect(lambda m: mp.gammainc(x, 0, m, regularized=True) - tail, x)
    upper = bisect(lambda m: mp.gammainc(x + 1, 0, m, regularized=True) - (1 - tail), 4 * x + 40)
    return lower, upper


def bisect(f, high):
    """The root of an increasing f between 0 and high, to 40 digits."""
    lo, hi = mp.mpf(0), mp.mpf(high)
    for _ in range(200):
        mid = (lo + hi) / 2
        if f(mid) < 0:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def byar(x, level):
    z = z_of(level)
    lower = mp.mpf(0) if x == 0 else x * (1 - 1 / (9 * x) - z / (3 * mp.sqrt(x))) ** 3
    x1 = x + 1
    upper = x1 * (1 - 1 / (9 * x1) + z / (3 * mp.sqrt(x1))) ** 3
    return lower, upper


def level_of(text):
    return mp.mpf(text[:-1]) / 100


def fmt(v):
    return repr(float(v))


def row(case, measure, x, n, m, level, small, note=""):
    c = level_of(level)
    xm = mp.mpf(x)
    if measure == "proportion":
        lo, up = wilson(xm, mp.mpf(n), c)
        method = "wilson"
        scale = mp.mpf(m or 1)
    else:
        if xm < 10 and small != "byar":
            lo, up = exact(xm, c)
            method = "exact-poisson"
        else:
            lo, up = byar(xm, c)
            method = "byar"
            if lo < 0:
                lo = mp.mpf(0)  # Byar fails for tiny counts at high levels: the limit is clipped to 0
        scale = mp.mpf(1) if measure == "count" else mp.mpf(m) / mp.mpf(n)
    return [case, measure, x, n, m, level, small, f"{fmt(lo * scale)};{fmt(up * scale)};{method}", "1e-9", "", note]


def error(case, measure, x, n, m, level, small, text, note=""):
    return [case, measure, x, n, m, level, small, "error", "", text, note]


ROWS = [
    row("prop-1-of-100-95", "proportion", "1", "100", "", "95%", "", ""),
    row("prop-1-of-100-99.8", "proportion", "1", "100", "", "99.8%", ""),
    row("prop-20-of-100-percent-95", "proportion", "20", "100", "100", "95%", "", "multiplier 100: a percentage"),
    row("prop-20-of-100-percent-99.8", "proportion", "20", "100", "100", "99.8%", ""),
    row("prop-9856-of-12345-95", "proportion", "9856", "12345", "", "95%", ""),
    row("prop-9856-of-12345-99.8", "proportion", "9856", "12345", "", "99.8%", ""),
    row("prop-441-of-1000-95", "proportion", "441", "1000", "", "95%", "", "the Javadoc's example"),
    row("prop-65-of-100-90", "proportion", "65", "100", "", "90%", "", "lowest level allowed"),
    row("prop-65-of-100-99", "proportion", "65", "100", "", "99%", ""),
    row("prop-65-of-100-99.99", "proportion", "65", "100", "", "99.99%", "", "highest level allowed"),
    row("prop-0-of-50-95", "proportion", "0", "50", "", "95%", "", "lower limit exactly 0"),
    row("prop-50-of-50-95", "proportion", "50", "50", "", "95%", "", "upper limit exactly 1"),
    row("prop-50-of-50-percent-99.8", "proportion", "50", "50", "100", "99.8%", "", "upper limit exactly 100"),
    row("prop-fractional-numerator-95", "proportion", "0.445", "1", "", "95%", "", "a weighted numerator need not be whole"),
    row("prop-large-denominator-95", "proportion", "7776456", "7564336677", "", "95%", ""),
    error("prop-numerator-above-denominator", "proportion", "11", "10", "", "95%", "", "between 0 and the denominator"),
    error("prop-negative-numerator", "proportion", "-1", "10", "", "95%", "", "between 0 and the denominator"),
    error("prop-zero-denominator", "proportion", "0", "0", "", "95%", "", "must be above 0"),
    row("count-0-95", "count", "0", "", "", "95%", "", "lower 0; upper -ln(0.025)"),
    row("count-1-95", "count", "1", "", "", "95%", ""),
    row("count-1-99.8", "count", "1", "", "", "99.8%", ""),
    row("count-5-90", "count", "5", "", "", "90%", ""),
    row("count-5-99", "count", "5", "", "", "99%", ""),
    row("count-4-99.99", "count", "4", "", "", "99.99%", ""),
    row("count-9-95-last-exact", "count", "9", "", "", "95%", "", "9 is the last count with exact limits"),
    row("count-9-99.8-last-exact", "count", "9", "", "", "99.8%", ""),
    row("count-10-95-first-byar", "count", "10", "", "", "95%", "", "10 is the first count with Byar's limits"),
    row("count-10-99.8-first-byar", "count", "10", "", "", "99.8%", ""),
    row("count-65-95", "count", "65", "", "", "95%", ""),
    row("count-1045-99.8", "count", "1045", "", "", "99.8%", ""),
    row("count-1-95-byar-asked", "count", "1", "", "", "95%", "byar", "Byar asked for below 10"),
    row("count-1-99.8-byar-clipped", "count", "1", "", "", "99.8%", "byar",
        "Byar's lower limit is negative here (PHE returns NA); Outturn clips it to 0"),
    row("count-0-95-byar-asked", "count", "0", "", "", "95%", "byar", "lower 0"),
    error("count-not-whole", "count", "2.5", "", "", "95%", "", "whole number"),
    error("count-negative", "count", "-1", "", "", "95%", "", "whole number"),
    row("rate-1-per-100-percent-95", "rate", "1", "100", "100", "95%", ""),
    row("rate-1-per-100-per-100000-99.8", "rate", "1", "100", "100000", "99.8%", ""),
    row("rate-20-per-100-per-100000-95", "rate", "20", "100", "100000", "95%", ""),
    row("rate-222-per-3215-per-100000-99.8", "rate", "222", "3215", "100000", "99.8%", ""),
    row("rate-above-denominator-95", "rate", "250", "220", "100000", "95%", "", "more events than people is allowed"),
    row("rate-0-per-1000-99", "rate", "0", "1000", "100000", "99%", ""),
    row("rate-9-per-1000-90", "rate", "9", "1000", "100000", "90%", ""),
    row("rate-10-per-1000-99", "rate", "10", "1000", "100000", "99%", ""),
    row("rate-4-per-1000-95-byar-asked", "rate", "4", "1000", "1000", "95%", "byar"),
    error("rate-zero-denominator", "rate", "5", "0", "100000", "95%", "", "must be above 0"),
    error("rate-zero-multiplier", "rate", "5", "100", "0", "95%", "", "must be above 0"),
    error("level-below-90", "proportion", "1", "100", "", "89%", "", "out of range"),
    error("level-100", "count", "1", "", "", "100%", "", "out of range"),
]

w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(HEADER)
for r in ROWS:
    w.writerow(r)
