package org.example.council;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The council's own percentage rounding for its printed RAG tables, written without Outturn and
 * checked against Outturn's published conformance table: whole counts in, percentages out, either
 * each rounded half up or by largest remainder (summing to exactly 100).
 *
 * <pre>{@code
 * SharePercentages.largestRemainder(List.of(1L, 1L, 1L), 0); // [34, 33, 33]
 * }</pre>
 */
public final class SharePercentages {

    private SharePercentages() {}

    /**
     * Each share rounded half up on its own.
     *
     * @param counts counts as exact fractions {@code {numerator, denominator}}, each zero or more
     * @param decimals decimals of the percentages
     * @return the percentages as text, in the counts' order; empty when the total is zero
     */
    public static List<String> halfUp(List<BigInteger[]> counts, int decimals) {
        BigInteger[] total = total(counts);
        List<String> out = new ArrayList<>();
        if (total[0].signum() == 0) {
            return out;
        }
        BigInteger units = BigInteger.TEN.pow(decimals + 2);
        for (BigInteger[] c : counts) {
            // share * units = c / total * units, rounded half up: floor((2 * x + 1) / 2)
            BigInteger num = c[0].multiply(total[1]).multiply(units);
            BigInteger den = c[1].multiply(total[0]);
            out.add(text(num.shiftLeft(1).add(den).divide(den.shiftLeft(1)), decimals));
        }
        return out;
    }

    /**
     * Rounded down, then the units missing from 100 given one each to the largest remainders, ties
     * to the earlier count.
     *
     * @param counts counts as exact fractions {@code {numerator, denominator}}, each zero or more
     * @param decimals decimals of the percentages
     * @return the percentages as text, in the counts' order; empty when the total is zero
     */
    public static List<String> largestRemainder(List<BigInteger[]> counts, int decimals) {
        BigInteger[] total = total(counts);
        List<String> out = new ArrayList<>();
        if (total[0].signum() == 0) {
            return out;
        }
        BigInteger units = BigInteger.TEN.pow(decimals + 2);
        int n = counts.size();
        BigInteger[] floors = new BigInteger[n];
        BigInteger[][] remainders = new BigInteger[n][];
        BigInteger left = units;
        for (int i = 0; i < n; i++) {
            BigInteger num = counts.get(i)[0].multiply(total[1]).multiply(units);
            BigInteger den = counts.get(i)[1].multiply(total[0]);
            BigInteger[] qr = num.divideAndRemainder(den);
            floors[i] = qr[0];
            remainders[i] = new BigInteger[] {qr[1], den};
            left = left.subtract(qr[0]);
        }
        boolean[] given = new boolean[n];
        for (int k = 0; k < left.intValueExact(); k++) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (!given[i] && (best < 0 || compare(remainders[i], remainders[best]) > 0)) {
                    best = i;
                }
            }
            given[best] = true;
            floors[best] = floors[best].add(BigInteger.ONE);
        }
        for (BigInteger f : floors) {
            out.add(text(f, decimals));
        }
        return out;
    }

    private static int compare(BigInteger[] a, BigInteger[] b) {
        return a[0].multiply(b[1]).compareTo(b[0].multiply(a[1]));
    }

    private static BigInteger[] total(List<BigInteger[]> counts) {
        BigInteger num = BigInteger.ZERO;
        BigInteger den = BigInteger.ONE;
        for (BigInteger[] c : counts) {
            if (c[0].signum() < 0) {
                throw new IllegalArgumentException("A count of " + c[0] + "/" + c[1] + ": counts must be zero or more");
            }
            num = num.multiply(c[1]).add(c[0].multiply(den));
            den = den.multiply(c[1]);
        }
        return new BigInteger[] {num, den};
    }

    private static String text(BigInteger units, int decimals) {
        return new java.math.BigDecimal(units, decimals).toPlainString();
    }
}
