package se.indikator.runtime.bench;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's DuckDB side: loading persons.csv with {@code read_csv} and SQL written to compute
 * the same three results as indikator (the ESP 2013 rate by region × sex and by education × sex, the
 * proportion who died by region × birth-country group), each as group → {numerator, denominator, value}.
 */
final class DuckDbSide {
    private DuckDbSide() {
    }

    static final String NORDIC = "'DK','FI','IS','NO','AX','FO','GL'";

    static final String EU = "'AT','BE','BG','HR','CY','CZ','EE','FR','DE','GR','HU','IE','IT','LV','LT','LU','MT','NL',"
            + "'PL','PT','RO','SK','SI','ES'";

    static String duckLoadSql(Path csv) {
        return "CREATE TABLE persons AS SELECT * FROM read_csv('" + csv.toAbsolutePath().toString().replace("'", "''")
                + "', delim=';', header=true, decimal_separator=',', types={'region_code': 'VARCHAR'})";
    }

    static List<Map<String, double[]>> duckQueries(Statement s) throws SQLException {
        StringBuilder esp = new StringBuilder("esp(band, w) AS (VALUES ");
        for (int i = 0; i < Benchmark.ESP2013.length; i++) {
            esp.append(i == 0 ? "" : ", ").append("(").append(i).append(", ").append(Benchmark.ESP2013[i]).append("::DOUBLE)");
        }
        esp.append(")");
        String dsr = "WITH " + esp + ", cells AS (SELECT %1$s AS g1, sex AS g2, least(age // 5, 18) AS band, "
                + "count(*) AS n, count_if(died) AS x FROM persons WHERE age IS NOT NULL GROUP BY ALL) "
                + "SELECT g1, g2, sum(x), sum(n), sum(w * x / n) / sum(w) * 100000 FROM cells JOIN esp USING (band) "
                + "GROUP BY g1, g2";
        String crude = "WITH b AS (SELECT region, CASE WHEN birth_country = 'SE' THEN 'Sverige' "
                + "WHEN birth_country IN (" + NORDIC + ") THEN 'Norden utom Sverige' "
                + "WHEN birth_country IN (" + EU + ") THEN 'EU utom Norden' "
                + "WHEN birth_country IS NULL OR birth_country = '' THEN NULL ELSE 'Utanför EU' END AS born, died "
                + "FROM persons) SELECT region, born, count_if(died), count(*), count_if(died) / count(*) "
                + "FROM b WHERE born IS NOT NULL GROUP BY ALL";
        List<Map<String, double[]>> out = new ArrayList<>();
        out.add(groups(s, String.format(Locale.ROOT, dsr, "region")));
        out.add(groups(s, String.format(Locale.ROOT, dsr, "coalesce(education, 0)")));
        out.add(groups(s, crude));
        return out;
    }

    static Map<String, double[]> groups(Statement s, String sql) throws SQLException {
        Map<String, double[]> m = new LinkedHashMap<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                m.put(rs.getString(1) + "|" + rs.getString(2),
                        new double[] {rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)});
            }
        }
        return m;
    }
}
