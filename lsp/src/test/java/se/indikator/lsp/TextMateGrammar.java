package se.indikator.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader of the editor's TextMate grammar for the tests, as an editor applies it to one line: at each place
 * the rule whose match starts first wins (the earlier rule on a tie), its name and its captures' names scope
 * the characters it matched, and the search goes on after it. It knows only {@code match} rules, their
 * {@code name}s and {@code captures}, and {@code include}s of the repository — the grammar is kept to those, and
 * anything else in it fails the tests rather than being read wrongly.
 */
final class TextMateGrammar {
    /** One match rule: its pattern, its name (or null) and its captures' names by group. */
    record Rule(String key, Pattern pattern, String name, Map<Integer, String> captures) {
    }

    private static final Set<String> RULE_KEYS = Set.of("match", "name", "captures");

    final List<Rule> rules;
    final JsonObject json;

    private TextMateGrammar(JsonObject json, List<Rule> rules) {
        this.json = json;
        this.rules = List.copyOf(rules);
    }

    static TextMateGrammar read(Path file) throws IOException {
        JsonObject g = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
        List<Rule> rules = new ArrayList<>();
        JsonObject repository = g.has("repository") ? g.getAsJsonObject("repository") : new JsonObject();
        for (JsonElement e : g.getAsJsonArray("patterns")) {
            add(e.getAsJsonObject(), "patterns", repository, rules, 0);
        }
        return new TextMateGrammar(g, rules);
    }

    private static void add(JsonObject rule, String key, JsonObject repository, List<Rule> out, int depth) {
        if (depth > 20) {
            throw new IllegalStateException("the grammar's includes go round in a circle at " + key);
        }
        if (rule.has("include")) {
            String ref = rule.get("include").getAsString();
            if (!ref.startsWith("#") || !repository.has(ref.substring(1))) {
                throw new IllegalStateException("include " + ref + " names no rule of the repository");
            }
            add(repository.getAsJsonObject(ref.substring(1)), ref.substring(1), repository, out, depth + 1);
            return;
        }
        if (rule.has("patterns") && !rule.has("match")) {
            for (JsonElement e : rule.getAsJsonArray("patterns")) {
                add(e.getAsJsonObject(), key, repository, out, depth + 1);
            }
            return;
        }
        for (String k : rule.keySet()) {
            if (!RULE_KEYS.contains(k)) {
                throw new IllegalStateException("rule " + key + " uses '" + k + "', which this reader does not know;"
                        + " keep the grammar to match rules");
            }
        }
        Map<Integer, String> captures = new TreeMap<>();
        if (rule.has("captures")) {
            for (Map.Entry<String, JsonElement> c : rule.getAsJsonObject("captures").entrySet()) {
                captures.put(Integer.parseInt(c.getKey()), c.getValue().getAsJsonObject().get("name").getAsString());
            }
        }
        out.add(new Rule(key, Pattern.compile(rule.get("match").getAsString()),
                rule.has("name") ? rule.get("name").getAsString() : null, captures));
    }

    /** The scope of each character of one line (null: no scope but the grammar's own). */
    String[] scopes(String line) {
        String[] scopes = new String[line.length()];
        int pos = 0;
        while (pos < line.length()) {
            Rule best = null;
            Matcher bestMatch = null;
            for (Rule r : rules) {
                Matcher m = r.pattern().matcher(line);
                if (m.find(pos) && m.end() > m.start() && (bestMatch == null || m.start() < bestMatch.start())) {
                    best = r;
                    bestMatch = m;
                }
            }
            if (best == null) {
                break;
            }
            for (int i = bestMatch.start(); i < bestMatch.end(); i++) {
                scopes[i] = best.name();
            }
            for (Map.Entry<Integer, String> c : best.captures().entrySet()) {
                if (bestMatch.start(c.getKey()) >= 0) {
                    for (int i = bestMatch.start(c.getKey()); i < bestMatch.end(c.getKey()); i++) {
                        scopes[i] = c.getValue();
                    }
                }
            }
            pos = bestMatch.end();
        }
        return scopes;
    }

    /** The words a rule's pattern lists as alternatives, e.g. the keywords. */
    List<String> words(String ruleKey) {
        for (Rule r : rules) {
            if (r.key().equals(ruleKey)) {
                Matcher m = Pattern.compile("\\(\\?:([a-z|]+)\\)").matcher(r.pattern().pattern());
                if (m.find()) {
                    return List.of(m.group(1).split("\\|"));
                }
            }
        }
        throw new IllegalStateException("the grammar has no rule '" + ruleKey + "' listing words");
    }
}
