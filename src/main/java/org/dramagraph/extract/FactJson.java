package org.dramagraph.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dramagraph.fact.Evidence;
import org.dramagraph.fact.ExtractedFact;

/** Facts as the JSON Lines of the evaluation format (eval/SCHEMA.md), with evidence and confidence added. */
public final class FactJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FactJson() {
    }

    private static Map<String, Object> place(Evidence e) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("sentence", e.sentence());
        evidence.put("start", e.start());
        evidence.put("end", e.end());
        return evidence;
    }

    /** One fact of an article as one line of JSON. */
    public static String line(String articleId, ExtractedFact f) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("article", articleId);
        line.put("type", f.fact().type().key());
        line.putAll(f.fact().fields());
        Evidence e = f.evidence();
        line.put("confidence", Math.round(f.confidence() * 1000) / 1000.0);
        line.put("confirmed", f.confirmed());
        line.put("rule", e.rule());
        line.put("evidence", place(e));
        if (f.sources().size() > 1) {
            line.put("also", f.sources().subList(1, f.sources().size()).stream().map(FactJson::place).toList());
        }
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write fact " + f.fact(), ex);
        }
    }
}
