package se.indikator.runtime.model;

import java.util.List;
import java.util.function.Function;

/**
 * A function callable in expressions, e.g. {@code amenable(cause)}: its parameter and result types
 * and an implementation over boxed values ({@code Double}, {@code String}, {@code Boolean}, dates as
 * epoch-day {@code Double}; {@code null} for missing). Calls whose arguments are one text column and
 * literals are evaluated once per distinct value, not once per row.
 */
public record FunctionDef(String name, List<ValueType> parameters, ValueType result, String description,
        Function<Object[], Object> implementation) {

    public FunctionDef {
        parameters = List.copyOf(parameters);
    }

    public String signature() {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < parameters.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(parameters.get(i).name().toLowerCase(java.util.Locale.ROOT));
        }
        return sb.append(") → ").append(result.name().toLowerCase(java.util.Locale.ROOT)).toString();
    }
}
