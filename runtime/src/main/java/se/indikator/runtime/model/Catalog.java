package se.indikator.runtime.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.indikator.runtime.ast.StandardisationSpec;
import se.indikator.runtime.data.Dataset;
import se.indikator.runtime.diag.Span;

/**
 * Everything a session has declared, by name: data, code lists, breakdowns, standardisations and
 * indicators, plus the settings. The checker resolves names against it; a new declaration replaces
 * an older one of the same name (as in a notebook, the last definition wins).
 */
public final class Catalog {
    private final Map<String, Dataset> data = new LinkedHashMap<>();
    private final Map<String, Span> dataSpans = new LinkedHashMap<>();
    private final Map<String, Span> brokenData = new LinkedHashMap<>();
    private final Map<String, List<String>> lists = new LinkedHashMap<>();
    private final Map<String, BreakdownDef> breakdowns = new LinkedHashMap<>();
    private final Map<String, StandardisationSpec> standardisations = new LinkedHashMap<>();
    private final Map<String, IndicatorDef> indicators = new LinkedHashMap<>();
    private final java.util.Set<String> broken = new java.util.HashSet<>();
    private final java.util.Set<String> units = new java.util.LinkedHashSet<>();
    private Settings settings = Settings.DEFAULT;

    /** Marks a name whose declaration failed, so that its later uses are not reported again. */
    public void markBroken(String name) {
        broken.add(name);
    }

    public boolean isBroken(String name) {
        return broken.contains(name) || brokenData.containsKey(name);
    }

    /** The names whose declarations failed (indicators, breakdowns, data …). */
    public java.util.Set<String> brokenNames() {
        java.util.Set<String> all = new java.util.TreeSet<>(broken);
        all.addAll(brokenData.keySet());
        return all;
    }

    public Settings settings() {
        return settings;
    }

    public void settings(Settings s) {
        settings = s;
    }

    public void putData(Dataset d, Span span) {
        data.put(d.name(), d);
        dataSpans.put(d.name(), span);
        brokenData.remove(d.name());
    }

    /** Marks a data name whose loading failed, so later uses are not reported again. */
    public void putBrokenData(String name, Span span) {
        data.remove(name);
        brokenData.put(name, span);
    }

    public boolean isBrokenData(String name) {
        return brokenData.containsKey(name);
    }

    public Optional<Dataset> data(String name) {
        return Optional.ofNullable(data.get(name));
    }

    public Map<String, Dataset> allData() {
        return java.util.Collections.unmodifiableMap(data);
    }

    public void putList(String name, List<String> values) {
        lists.put(name, List.copyOf(values));
    }

    public Optional<List<String>> list(String name) {
        return Optional.ofNullable(lists.get(name)).or(() -> CodeLists.builtIn(name));
    }

    public Map<String, List<String>> userLists() {
        return java.util.Collections.unmodifiableMap(lists);
    }

    public void putBreakdown(BreakdownDef b) {
        broken.remove(b.name());
        breakdowns.put(b.name(), b);
    }

    public Optional<BreakdownDef> breakdown(String name) {
        return Optional.ofNullable(breakdowns.get(name));
    }

    public Map<String, BreakdownDef> breakdowns() {
        return java.util.Collections.unmodifiableMap(breakdowns);
    }

    public void putStandardisation(String name, StandardisationSpec s) {
        standardisations.put(name, s);
    }

    public Optional<StandardisationSpec> standardisation(String name) {
        return Optional.ofNullable(standardisations.get(name));
    }

    public Map<String, StandardisationSpec> standardisations() {
        return java.util.Collections.unmodifiableMap(standardisations);
    }

    public void putIndicator(IndicatorDef i) {
        broken.remove(i.name());
        indicators.put(i.name(), i);
    }

    public Optional<IndicatorDef> indicator(String name) {
        return Optional.ofNullable(indicators.get(name));
    }

    public Map<String, IndicatorDef> indicators() {
        return java.util.Collections.unmodifiableMap(indicators);
    }

    /** Declares a breakdown or column as a unit of comparison ({@code unit region}). */
    public void putUnit(String name) {
        units.add(name);
    }

    /** The names declared as units of comparison, in declaration order. */
    public java.util.Set<String> units() {
        return java.util.Collections.unmodifiableSet(units);
    }

    /** Whether a breakdown or column of this name is a unit of comparison. */
    public boolean isUnit(String name) {
        return units.contains(name);
    }

    /**
     * The columns that select a unit of comparison: the columns declared as units and the columns read by
     * breakdowns declared as units ({@code unit sjukhus} with {@code breakdown sjukhus = hospital_code}).
     */
    public java.util.Set<String> unitColumns() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>(units);
        for (String u : units) {
            breakdown(u).ifPresent(b -> out.addAll(b.columns()));
        }
        return out;
    }

    /** Forgets everything (the shell's {@code :reset}). */
    public void clear() {
        data.clear();
        dataSpans.clear();
        brokenData.clear();
        lists.clear();
        breakdowns.clear();
        standardisations.clear();
        indicators.clear();
        broken.clear();
        units.clear();
        settings = Settings.DEFAULT;
    }
}
