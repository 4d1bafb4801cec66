# Reference values for the survey-weighted estimates and the percentiles, computed with R's survey
# package (Lumley) and base R. Run once with `Rscript make_reference.R` in this folder; the tests read
# the CSV files it writes (R is not needed to run the tests). Written with R 4 and survey 4.1.
library(survey)
set.seed(20240521)

# Inputs: five groups of respondents with sampling weights, an event (0/1) and a value.
sizes <- c(A = 12, B = 40, C = 150, D = 7, E = 600)
rows <- do.call(rbind, lapply(names(sizes), function(g) {
  n <- sizes[[g]]
  w <- round(exp(rnorm(n, 0, 0.8)) * 50, 3)
  p <- c(A = 0.3, B = 0.1, C = 0.55, D = 0.5, E = 0.04)[[g]]
  event <- rbinom(n, 1, p)
  value <- round(rgamma(n, shape = 2, scale = 15) + 10 * event, 2)
  data.frame(group = g, w = w, event = event, value = value)
}))
write.csv(rows, "survey_inputs.csv", row.names = FALSE, quote = FALSE)

# Expected: per group, R's svyciprop(method = "beta") (Korn-Graubard) and svymean with its SE and the
# t interval with the design's degrees of freedom.
expected <- do.call(rbind, lapply(names(sizes), function(g) {
  d <- rows[rows$group == g, ]
  des <- svydesign(ids = ~1, weights = ~w, data = d)
  out <- data.frame(group = g, n = nrow(d))
  for (level in c(0.95, 0.998)) {
    cp <- svyciprop(~event, des, method = "beta", level = level)
    ci <- attr(cp, "ci")
    tag <- if (level == 0.95) "95" else "99_8"
    out[[paste0("prop_lower_", tag)]] <- ci[[1]]
    out[[paste0("prop_upper_", tag)]] <- ci[[2]]
    m <- svymean(~value, des)
    mci <- confint(m, level = level, df = degf(des))
    out[[paste0("mean_lower_", tag)]] <- mci[1, 1]
    out[[paste0("mean_upper_", tag)]] <- mci[1, 2]
  }
  cp <- svyciprop(~event, des, method = "beta")
  out$prop <- as.numeric(cp)
  out$prop_var <- as.numeric(attr(cp, "var"))
  m <- svymean(~value, des)
  out$mean <- as.numeric(coef(m))
  out$mean_se <- as.numeric(SE(m))
  out$df <- degf(des)
  out
}))
write.csv(format(expected, digits = 17), "survey_expected.csv", row.names = FALSE, quote = FALSE)

# Percentiles: R's quantile(type = 7) of the values of each group at several probabilities.
probs <- c(0.1, 0.25, 0.5, 0.75, 0.9, 0.95)
q <- do.call(rbind, lapply(names(sizes), function(g) {
  v <- rows$value[rows$group == g]
  data.frame(group = g, p = probs, type7 = as.numeric(quantile(v, probs, type = 7)),
             type1 = as.numeric(quantile(v, probs, type = 1)))
}))
write.csv(format(q, digits = 17), "quantile_expected.csv", row.names = FALSE, quote = FALSE)

# The ranks of the order-statistic interval of each percentile at 95% (0 when undefined), and its
# exact coverage: j the largest rank with P(B <= j - 1) <= 0.025, k the smallest with P(B >= k) <= 0.025.
ranks <- do.call(rbind, lapply(names(sizes), function(g) {
  n <- sum(rows$group == g)
  do.call(rbind, lapply(probs, function(p) {
    r <- 1:n
    js <- r[pbinom(r - 1, n, p) <= 0.025]
    ks <- r[pbinom(r - 1, n, p, lower.tail = FALSE) <= 0.025]
    j <- if (length(js)) max(js) else 0
    k <- if (length(ks)) min(ks) else 0
    cov <- if (j > 0 && k > 0) pbinom(k - 1, n, p) - pbinom(j - 1, n, p) else NA
    data.frame(group = g, n = n, p = p, lower_rank = j, upper_rank = k, coverage = cov)
  }))
}))
write.csv(format(ranks, digits = 17), "percentile_ranks_expected.csv", row.names = FALSE, quote = FALSE)
