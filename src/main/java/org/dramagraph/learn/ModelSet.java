package org.dramagraph.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A set of trained models saved as plain text: {@code models.tsv} holds every model's bias and
 * weights, one line each, sorted so that the same training gives the same file; {@code model.json}
 * records what they were trained on and how, and the calibration of each decision. Both are small
 * and meant to be versioned with the code.
 */
public final class ModelSet {
    public static final String WEIGHTS = "models.tsv";
    public static final String SETTINGS = "model.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Map<String, LinearModel> models;
    private final Map<String, Calibration> calibrations;
    private final ObjectNode settings;

    /** Every model's weight of each feature, by model number: one look-up scores a feature for all models. */
    private final Map<String, double[]> joint = new HashMap<>();
    private final String[] names;
    private final double[] biases;

    public ModelSet(Map<String, LinearModel> models, Map<String, Calibration> calibrations, ObjectNode settings) {
        this.models = new TreeMap<>(models);
        this.calibrations = new TreeMap<>(calibrations);
        this.settings = settings;
        this.names = this.models.keySet().toArray(new String[0]);
        this.biases = new double[names.length];
        for (int i = 0; i < names.length; i++) {
            LinearModel m = this.models.get(names[i]);
            biases[i] = m.bias();
            int at = i;
            m.weights().forEach((f, w) -> joint.computeIfAbsent(f, k -> new double[names.length])[at] = w);
        }
    }

    /** The number of a named model among {@link #probabilities}' results; throws if there is none. */
    public int index(String name) {
        int i = java.util.Arrays.binarySearch(names, name);
        if (i < 0) {
            throw new IllegalStateException("the model set has no model named '" + name + "'");
        }
        return i;
    }

    /** Every model's probability of yes for one set of features, by model number ({@link #index}). */
    public double[] probabilities(Features features) {
        double[] sum = biases.clone();
        for (var e : features.values().entrySet()) {
            double[] w = joint.get(e.getKey());
            if (w != null) {
                double v = e.getValue();
                for (int i = 0; i < w.length; i++) {
                    sum[i] += w[i] * v;
                }
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] = 1 / (1 + Math.exp(-sum[i]));
        }
        return sum;
    }

    /** A named model; throws if the set has none by that name. */
    public LinearModel model(String name) {
        LinearModel m = models.get(name);
        if (m == null) {
            throw new IllegalStateException("the model set has no model named '" + name + "'");
        }
        return m;
    }

    /** The calibration of a named decision, or no calibration. */
    public Calibration calibration(String name) {
        return calibrations.getOrDefault(name, Calibration.IDENTITY);
    }

    public Map<String, LinearModel> models() {
        return models;
    }

    /** What the models were trained on and how (free-form JSON, written beside the weights). */
    public ObjectNode settings() {
        return settings;
    }

    /** Writes the set into a folder (created if need be). */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(WEIGHTS), StandardCharsets.UTF_8)) {
            w.write("# model\tfeature\tweight (the feature '<bias>' is the bias); written by 'dramagraph train', see "
                    + SETTINGS + "\n");
            for (var e : models.entrySet()) {
                w.write(e.getKey() + "\t<bias>\t" + number(e.getValue().bias()) + "\n");
                for (var f : new TreeMap<>(e.getValue().weights()).entrySet()) {
                    if (Math.abs(f.getValue()) >= 1e-4) {
                        w.write(e.getKey() + "\t" + f.getKey() + "\t" + number(f.getValue()) + "\n");
                    }
                }
            }
        }
        ObjectNode out = settings.deepCopy();
        ObjectNode cal = out.putObject("calibration");
        for (var e : calibrations.entrySet()) {
            ObjectNode c = cal.putObject(e.getKey());
            var s = c.putArray("scores");
            var v = c.putArray("values");
            for (int i = 0; i < e.getValue().scores().length; i++) {
                s.add(Double.parseDouble(number(e.getValue().scores()[i])));
                v.add(Double.parseDouble(number(e.getValue().values()[i])));
            }
        }
        JSON.writeValue(dir.resolve(SETTINGS).toFile(), out);
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.5g", d);
    }

    /** Reads a set written by {@link #write}. */
    public static ModelSet read(Path dir) throws IOException {
        try (InputStream weights = Files.newInputStream(dir.resolve(WEIGHTS));
             InputStream settings = Files.newInputStream(dir.resolve(SETTINGS))) {
            return read(weights, settings, dir.toString());
        }
    }

    /** Reads a set from a class-path folder ({@code /org/dramagraph/relation/model}). */
    public static ModelSet resource(String folder) {
        try (InputStream weights = ModelSet.class.getResourceAsStream(folder + "/" + WEIGHTS);
             InputStream settings = ModelSet.class.getResourceAsStream(folder + "/" + SETTINGS)) {
            if (weights == null || settings == null) {
                throw new IllegalStateException("no trained models at " + folder + " on the class path");
            }
            return read(weights, settings, folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ModelSet read(InputStream weightsIn, InputStream settingsIn, String where) throws IOException {
        Map<String, Double> bias = new HashMap<>();
        Map<String, Map<String, Double>> weights = new TreeMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(weightsIn, StandardCharsets.UTF_8));
        int n = 0;
        for (String line; (line = r.readLine()) != null; ) {
            n++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\t");
            if (p.length != 3) {
                throw new IOException(where + "/" + WEIGHTS + ":" + n + ": expected model, feature and weight");
            }
            double w;
            try {
                w = Double.parseDouble(p[2]);
            } catch (NumberFormatException e) {
                throw new IOException(where + "/" + WEIGHTS + ":" + n + ": not a number: " + p[2], e);
            }
            if (p[1].equals("<bias>")) {
                bias.put(p[0], w);
                weights.computeIfAbsent(p[0], k -> new HashMap<>());
            } else {
                weights.computeIfAbsent(p[0], k -> new HashMap<>()).put(p[1], w);
            }
        }
        Map<String, LinearModel> models = new TreeMap<>();
        weights.forEach((name, ws) -> models.put(name, new LinearModel(bias.getOrDefault(name, 0.0), ws)));
        ObjectNode settings = (ObjectNode) JSON.readTree(settingsIn);
        Map<String, Calibration> calibrations = new TreeMap<>();
        JsonNode cal = settings.path("calibration");
        cal.fields().forEachRemaining(e -> {
            List<Double> s = new ArrayList<>();
            List<Double> v = new ArrayList<>();
            e.getValue().path("scores").forEach(x -> s.add(x.asDouble()));
            e.getValue().path("values").forEach(x -> v.add(x.asDouble()));
            calibrations.put(e.getKey(), new Calibration(s.stream().mapToDouble(Double::doubleValue).toArray(),
                    v.stream().mapToDouble(Double::doubleValue).toArray()));
        });
        settings.remove("calibration");
        return new ModelSet(models, calibrations, settings);
    }
}
