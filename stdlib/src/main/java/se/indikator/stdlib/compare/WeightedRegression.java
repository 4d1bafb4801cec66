package se.indikator.stdlib.compare;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Weighted least squares with an intercept, y = b0 + Σ bj·xj, each observation weighted by w (e.g.
 * a unit's number of patients): ordinary least squares on √w-scaled rows, with coefficients'
 * standard errors, Student-t intervals and two-sided p-values on n − p − 1 degrees of freedom, and
 * the standardised residuals (residual·√w / σ) that show which units stand out.
 */
public final class WeightedRegression {
    private WeightedRegression() {
    }

    /** One coefficient: estimate, standard error, interval limits, t and p. */
    public record Coefficient(String name, double estimate, double standardError, double lower, double upper, double t,
            double p) {
    }

    /** The fit: coefficients (intercept first), R², residual σ, the standardised residuals and the fitted values. */
    public record Fit(java.util.List<Coefficient> coefficients, double rSquared, double sigma,
            double[] standardisedResiduals, double[] fitted) {
    }

    public static Fit fit(double[] y, double[][] x, double[] w, String[] names, double level) {
        int n = y.length;
        int p = x.length == 0 ? 0 : x[0].length;
        if (n <= p + 1) {
            throw new IllegalArgumentException("need more units (" + n + ") than coefficients (" + (p + 1) + ")");
        }
        double[] ys = new double[n];
        double[][] xs = new double[n][p + 1];
        for (int i = 0; i < n; i++) {
            double s = Math.sqrt(w[i]);
            ys[i] = y[i] * s;
            xs[i][0] = s;
            for (int j = 0; j < p; j++) {
                xs[i][j + 1] = x[i][j] * s;
            }
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.setNoIntercept(true);
        ols.newSampleData(ys, xs);
        double[] b = ols.estimateRegressionParameters();
        double[] se = ols.estimateRegressionParametersStandardErrors();
        double sigma = ols.estimateRegressionStandardError();
        int df = n - p - 1;
        TDistribution t = new TDistribution(df);
        double q = t.inverseCumulativeProbability(1 - (1 - level) / 2);
        java.util.List<Coefficient> out = new java.util.ArrayList<>();
        for (int j = 0; j <= p; j++) {
            double tv = b[j] / se[j];
            out.add(new Coefficient(j == 0 ? "(intercept)" : names[j - 1], b[j], se[j], b[j] - q * se[j], b[j] + q * se[j], tv,
                    2 * t.cumulativeProbability(-Math.abs(tv))));
        }
        double[] fitted = new double[n];
        double[] z = new double[n];
        double ybar = 0;
        double wsum = 0;
        for (int i = 0; i < n; i++) {
            ybar += w[i] * y[i];
            wsum += w[i];
        }
        ybar /= wsum;
        double ssRes = 0;
        double ssTot = 0;
        for (int i = 0; i < n; i++) {
            double f = b[0];
            for (int j = 0; j < p; j++) {
                f += b[j + 1] * x[i][j];
            }
            fitted[i] = f;
            double r = y[i] - f;
            ssRes += w[i] * r * r;
            ssTot += w[i] * (y[i] - ybar) * (y[i] - ybar);
            z[i] = r * Math.sqrt(w[i]) / sigma;
        }
        return new Fit(out, ssTot > 0 ? 1 - ssRes / ssTot : Double.NaN, sigma, z, fitted);
    }

    /** Pearson's correlation of x and y, weighted by w. */
    public static double correlation(double[] x, double[] y, double[] w) {
        double sw = 0;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            sw += w[i];
            mx += w[i] * x[i];
            my += w[i] * y[i];
        }
        mx /= sw;
        my /= sw;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += w[i] * (x[i] - mx) * (y[i] - my);
            sxx += w[i] * (x[i] - mx) * (x[i] - mx);
            syy += w[i] * (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
