package org.dramagraph.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramagraph.lang.WordFile;

/**
 * Hand rules kept as resources ({@code *.rules}), read line by line:
 * <pre>
 * # a comment line
 * &#64;PAREN = (?:\( (?:[^()]+ ){1,8}?\) )?
 * &#64;WORK_NOUN &lt; work-nouns.txt
 * rule actor-plays-character
 *     confidence: 0.85
 *     pattern: &lt;P:p&gt; {PAREN}(?:will |would )?
 *         + (?:plays|portrays) &lt;C:c&gt;
 * </pre>
 * A line starting with {@code @} names a fragment of regex, given as it is ({@code =}) or as a word
 * list in the same folder ({@code <}), which stands as {@code (?:drama|dramas|...)} in the list's
 * order. {@code rule NAME} starts a rule, and its fields follow, indented, as {@code key: value}; a
 * line starting with {@code + } goes on with the value above, joined as written. {@code {NAME}} in a
 * value stands for a fragment defined above it, in the same file or one read before it. No line may
 * end in a space (a pattern's spaces must show), so a value is broken after a character that is not
 * one. Anything else, an unknown fragment, or a name given twice stops the load with the file and
 * line named; the classes that read the rules check the fields the same way ({@link Rule#error}).
 */
final class RuleFile {
    private static final Pattern FRAGMENT = Pattern.compile("@([A-Z][A-Z0-9_]*) ([=<]) (.*)");
    private static final Pattern REFERENCE = Pattern.compile("\\{([A-Z][A-Z0-9_]*)\\}");
    private static final Pattern RULE = Pattern.compile("rule ([a-z0-9][a-z0-9-]*)");
    private static final Pattern FIELD = Pattern.compile("([a-z]+):(?: (.*))?");
    /** A word list entry a fragment may hold: words, no regex syntax. */
    private static final Pattern PLAIN = Pattern.compile("[a-z0-9][a-z0-9 '&-]*");

    private final List<String> names;
    private final Map<String, String> fragments;
    private final List<Rule> rules;

    private RuleFile(List<String> names, Map<String, String> fragments, List<Rule> rules) {
        this.names = List.copyOf(names);
        this.fragments = Map.copyOf(fragments);
        this.rules = List.copyOf(rules);
    }

    /** One rule as written: its name, its fields, and where it starts ("relations.rules:12"), for messages. */
    record Rule(String name, Map<String, String> fields, String where) {
        /** A field the rule must have. */
        String get(String key) {
            String value = fields.get(key);
            if (value == null) {
                throw error("has no " + key);
            }
            return value;
        }

        /** A field the rule may have, or null. */
        String optional(String key) {
            return fields.get(key);
        }

        double number(String key) {
            try {
                return Double.parseDouble(get(key));
            } catch (NumberFormatException e) {
                throw error(key + " is not a number: " + get(key));
            }
        }

        int integer(String key) {
            try {
                return Integer.parseInt(get(key));
            } catch (NumberFormatException e) {
                throw error(key + " is not a whole number: " + get(key));
            }
        }

        /** The rule's {@code pattern} field compiled. */
        CodePattern pattern() {
            try {
                return CodePattern.compile(get("pattern"));
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }

        /** An error in this rule, to throw: "relations.rules:12: rule NAME: message". */
        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(where + ": rule " + name + ": " + message);
        }
    }

    /** One file to parse: its name (for messages), its lines, and the word lists beside it by file name. */
    record Source(String name, List<String> lines, Function<String, List<String>> wordLists) {
    }

    /**
     * Reads rule files beside {@code owner}, in order: the fragments of each are known to the ones after
     * it, so shared fragments go in a file read first.
     */
    static RuleFile read(Class<?> owner, String... resources) {
        List<Source> sources = new ArrayList<>();
        for (String resource : resources) {
            String folder = resource.substring(0, resource.lastIndexOf('/') + 1);
            sources.add(new Source(resource, WordFile.lines(owner, resource),
                    list -> WordFile.list(owner, folder + list)));
        }
        return parse(sources);
    }

    /** Parses rule files, in order, as {@link #read} does. */
    static RuleFile parse(List<Source> sources) {
        Map<String, String> fragments = new HashMap<>();
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (Source source : sources) {
            new Parser(source, fragments, rules).run();
        }
        return new RuleFile(sources.stream().map(Source::name).toList(), fragments, new ArrayList<>(rules.values()));
    }

    /**
     * The rules, in file order, each checked to have the given fields and no others; a key ending in
     * {@code ?} names a field a rule may leave out.
     */
    List<Rule> rules(String... keys) {
        Set<String> allowed = new LinkedHashSet<>();
        for (String key : keys) {
            allowed.add(key.replace("?", ""));
        }
        for (Rule rule : rules) {
            for (String key : keys) {
                if (!key.endsWith("?")) {
                    rule.get(key);
                }
            }
            for (String key : rule.fields().keySet()) {
                if (!allowed.contains(key)) {
                    throw rule.error("unknown field " + key + " (fields: " + String.join(", ", allowed) + ")");
                }
            }
        }
        return rules;
    }

    /** A fragment's regex, with the fragments it names filled in. */
    String fragment(String name) {
        String value = fragments.get(name);
        if (value == null) {
            throw new IllegalArgumentException(String.join(", ", names) + ": no fragment @" + name);
        }
        return value;
    }

    /** A fragment compiled as a plain regex (not a sentence pattern: no slots). */
    Pattern regex(String name) {
        try {
            return Pattern.compile(fragment(name));
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException(String.join(", ", names) + ": fragment @" + name + " is not a regex: "
                    + e.getDescription());
        }
    }

    /** Reads one file into the fragments and rules read so far. */
    private static final class Parser {
        private final Source source;
        private final Map<String, String> fragments;
        private final Map<String, Rule> rules;
        private int line;
        /** The rule being read, the line it starts on, and its fields as read so far. */
        private String ruleName;
        private int ruleLine;
        private Map<String, String> fields;
        /** The value lines continue: a fragment's ("@NAME") or a field's name, its first line and its text so far. */
        private String open;
        private int openLine;
        private StringBuilder value;

        Parser(Source source, Map<String, String> fragments, Map<String, Rule> rules) {
            this.source = source;
            this.fragments = fragments;
            this.rules = rules;
        }

        void run() {
            for (String text : source.lines()) {
                line++;
                String stripped = text.strip();
                if (stripped.isEmpty() || stripped.startsWith("#")) {
                    continue;
                }
                if (!text.equals(text.stripTrailing())) {
                    throw error("line ends in a space: break the value after another character");
                }
                if (Character.isWhitespace(text.charAt(0))) {
                    if (stripped.startsWith("+ ")) {
                        continueValue(stripped.substring(2));
                    } else {
                        field(stripped);
                    }
                } else if (text.startsWith("@")) {
                    fragment(text);
                } else if (text.startsWith("rule ")) {
                    rule(text);
                } else {
                    throw error("expected a comment, @NAME = regex, @NAME < file, rule NAME, an indented field or \"+ \"");
                }
            }
            closeValue();
            closeRule();
        }

        private void fragment(String text) {
            closeValue();
            closeRule();
            Matcher m = FRAGMENT.matcher(text);
            if (!m.matches()) {
                throw error("expected @NAME = regex or @NAME < file (NAME in capitals)");
            }
            if (fragments.containsKey(m.group(1))) {
                throw error("fragment @" + m.group(1) + " is defined twice");
            }
            if (m.group(2).equals("<")) {
                fragments.put(m.group(1), wordList(m.group(3)));
            } else {
                open = "@" + m.group(1);
                openLine = line;
                value = new StringBuilder(expand(m.group(3)));
            }
        }

        /** A word list as an alternation of its entries, in order: {@code (?:drama|dramas|film)}. */
        private String wordList(String file) {
            List<String> words;
            try {
                words = source.wordLists().apply(file);
            } catch (RuntimeException e) {
                throw error("cannot read word list " + file + ": " + e.getMessage());
            }
            for (String word : words) {
                if (!PLAIN.matcher(word).matches()) {
                    throw error("word list " + file + " holds '" + word + "': only lower-case words, spaces, ', & and -");
                }
            }
            if (words.isEmpty()) {
                throw error("word list " + file + " is empty");
            }
            return "(?:" + String.join("|", words) + ")";
        }

        private void rule(String text) {
            closeValue();
            closeRule();
            Matcher m = RULE.matcher(text);
            if (!m.matches()) {
                throw error("expected rule NAME (lower case, digits and -)");
            }
            if (rules.containsKey(m.group(1))) {
                throw error("rule " + m.group(1) + " is defined twice (first at " + rules.get(m.group(1)).where() + ")");
            }
            ruleName = m.group(1);
            ruleLine = line;
            fields = new LinkedHashMap<>();
        }

        private void field(String text) {
            closeValue();
            if (ruleName == null) {
                throw error("a field outside a rule");
            }
            Matcher m = FIELD.matcher(text);
            if (!m.matches()) {
                throw error("expected key: value (or \"+ \" to go on with a value)");
            }
            if (fields.containsKey(m.group(1))) {
                throw error("rule " + ruleName + " gives " + m.group(1) + " twice");
            }
            open = m.group(1);
            openLine = line;
            value = new StringBuilder(m.group(2) == null ? "" : expand(m.group(2)));
        }

        private void continueValue(String text) {
            if (open == null) {
                throw error("\"+ \" with no value above to go on with");
            }
            value.append(expand(text));
        }

        private void closeValue() {
            if (open == null) {
                return;
            }
            if (value.isEmpty()) {
                throw new IllegalArgumentException(source.name() + ":" + openLine + ": "
                        + (open.startsWith("@") ? "fragment " : "field ") + open + " has no value");
            }
            if (open.startsWith("@")) {
                fragments.put(open.substring(1), value.toString());
            } else {
                fields.put(open, value.toString());
            }
            open = null;
            value = null;
        }

        private void closeRule() {
            if (ruleName != null) {
                rules.put(ruleName, new Rule(ruleName, Map.copyOf(fields), source.name() + ":" + ruleLine));
                ruleName = null;
                fields = null;
            }
        }

        /** A value with each {NAME} replaced by its fragment. */
        private String expand(String text) {
            Matcher m = REFERENCE.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String fragment = fragments.get(m.group(1));
                if (fragment == null) {
                    throw error("unknown fragment {" + m.group(1) + "}");
                }
                m.appendReplacement(out, Matcher.quoteReplacement(fragment));
            }
            m.appendTail(out);
            return out.toString();
        }

        private IllegalArgumentException error(String message) {
            return new IllegalArgumentException(source.name() + ":" + line + ": " + message);
        }
    }
}
