package se.indikator.runtime.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.indikator.stdlib.codes.CauseLists;
import se.indikator.stdlib.codes.Icd10Ranges;

/**
 * The functions expressions can call: built-ins ({@code amenable}, {@code suicide}, {@code icd},
 * {@code startswith}, {@code year}, {@code days_between}, {@code abs}, {@code round}) and any the user
 * adds (Java cells register static methods here).
 */
public final class Functions {
    private final Map<String, FunctionDef> defs = new LinkedHashMap<>();
    private final Map<String, Icd10Ranges> icdCache = new java.util.concurrent.ConcurrentHashMap<>();

    public Functions() {
        add(new FunctionDef("amenable", List.of(ValueType.TEXT), ValueType.BOOLEAN,
                "ICD-10 code is a cause of death amenable to health care (OECD/Eurostat treatable list)",
                a -> a[0] != null && CauseLists.AMENABLE.contains((String) a[0])));
        add(new FunctionDef("suicide", List.of(ValueType.TEXT), ValueType.BOOLEAN,
                "ICD-10 code is suicide (X60–X84, Y87.0)",
                a -> a[0] != null && CauseLists.SUICIDE.contains((String) a[0])));
        add(new FunctionDef("icd", List.of(ValueType.TEXT, ValueType.TEXT), ValueType.BOOLEAN,
                "ICD-10 code lies in the ranges, e.g. icd(cause, \"I20-I25, I60-I69\")",
                a -> a[0] != null && a[1] != null
                        && icdCache.computeIfAbsent((String) a[1], Icd10Ranges::parse).contains((String) a[0])));
        add(new FunctionDef("startswith", List.of(ValueType.TEXT, ValueType.TEXT), ValueType.BOOLEAN,
                "text starts with a prefix", a -> a[0] != null && a[1] != null && ((String) a[0]).startsWith((String) a[1])));
        add(new FunctionDef("year", List.of(ValueType.DATE), ValueType.NUMBER, "calendar year of a date",
                a -> a[0] == null ? null : (double) LocalDate.ofEpochDay(((Double) a[0]).longValue()).getYear()));
        add(new FunctionDef("days_between", List.of(ValueType.DATE, ValueType.DATE), ValueType.NUMBER,
                "days from the first date to the second",
                a -> a[0] == null || a[1] == null ? null : (Double) a[1] - (Double) a[0]));
        add(new FunctionDef("abs", List.of(ValueType.NUMBER), ValueType.NUMBER, "absolute value",
                a -> a[0] == null ? null : Math.abs((Double) a[0])));
        add(new FunctionDef("round", List.of(ValueType.NUMBER), ValueType.NUMBER, "rounded to a whole number",
                a -> a[0] == null ? null : (double) Math.round((Double) a[0])));
    }

    public void add(FunctionDef f) {
        defs.put(f.name(), f);
    }

    public Optional<FunctionDef> get(String name) {
        return Optional.ofNullable(defs.get(name));
    }

    public Map<String, FunctionDef> all() {
        return java.util.Collections.unmodifiableMap(defs);
    }

    /** Checks that a literal second argument of {@code icd} is a valid range list; the message when it is not. */
    public static Optional<String> validateIcd(String spec) {
        try {
            Icd10Ranges.parse(spec);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
