package org.strengthslint.analyse;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * An OpenNLP maximum entropy (GIS) model with its features packed for fast look-up. OpenNLP keeps
 * a model's features in a hash map from each feature's name to an object holding two arrays, so
 * one look-up follows five or six references scattered across the heap, and tagging one word
 * looks up some forty features: the tagger spent most of its time waiting for memory. Here a
 * feature is one slot in an open-addressed table of hash codes, its name in one character array
 * and its weights in two flat arrays. {@link #eval(String[], double[])} adds the same weights in
 * the same order as OpenNLP's {@code GISModel}, so the probabilities are the same to the last
 * bit (PackedMaxentModelTest compares them). Immutable and thread-safe.
 */
final class PackedMaxentModel implements MaxentModel {
    private final String[] outcomes;
    /** The uniform prior of a GIS model: the log of one over the number of outcomes. */
    private final double logPrior;
    /** Per slot: the feature name's hash code (high half) and its record's offset in {@link #records} (low half); 0 is empty. */
    private final long[] slots;
    private final int mask;
    /**
     * Per feature, at the offset its slot names: the name's length, its characters, the number
     * of weights, and where they start in {@link #weightOutcomes} and {@link #weights} (two halves).
     */
    private final char[] records;
    private final int[] weightOutcomes;
    private final double[] weights;

    private PackedMaxentModel(String[] outcomes, long[] slots, char[] records, int[] weightOutcomes, double[] weights) {
        this.outcomes = outcomes;
        this.logPrior = StrictMath.log(1.0 / outcomes.length);
        this.slots = slots;
        this.mask = slots.length - 1;
        this.records = records;
        this.weightOutcomes = weightOutcomes;
        this.weights = weights;
    }

    /**
     * The packed form of a model read from an OpenNLP model file, or the model itself when it is
     * not a GIS model (whose evaluation this class repeats) or cannot be packed.
     */
    static MaxentModel of(MaxentModel model) {
        if (!(model instanceof GISModel gis)) {
            return model;
        }
        Object[] data = gis.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> features = (Map<String, Context>) data[1];
        String[] outcomes = ((String[]) data[2]).clone();
        int capacity = Integer.highestOneBit(Math.max(2, features.size()) * 2) * 2; // at most half full
        long characters = 1; // offset 0 marks an empty slot
        int weightCount = 0;
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            if (feature.getKey().length() > Character.MAX_VALUE) {
                return model;
            }
            characters += feature.getKey().length() + 4L;
            weightCount += feature.getValue().getOutcomes().length;
        }
        if (characters > Integer.MAX_VALUE || capacity < 0) {
            return model;
        }
        long[] slots = new long[capacity];
        char[] records = new char[(int) characters];
        int[] weightOutcomes = new int[weightCount];
        double[] weights = new double[weightCount];
        int offset = 1;
        int weightStart = 0;
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            String name = feature.getKey();
            int[] featureOutcomes = feature.getValue().getOutcomes();
            double[] parameters = feature.getValue().getParameters();
            int slot = spread(name.hashCode()) & (capacity - 1);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (capacity - 1);
            }
            slots[slot] = (long) name.hashCode() << 32 | offset;
            records[offset] = (char) name.length();
            name.getChars(0, name.length(), records, offset + 1);
            int after = offset + 1 + name.length();
            records[after] = (char) featureOutcomes.length;
            records[after + 1] = (char) (weightStart >>> 16);
            records[after + 2] = (char) weightStart;
            System.arraycopy(featureOutcomes, 0, weightOutcomes, weightStart, featureOutcomes.length);
            System.arraycopy(parameters, 0, weights, weightStart, featureOutcomes.length);
            weightStart += featureOutcomes.length;
            offset = after + 3;
        }
        return new PackedMaxentModel(outcomes, slots, records, weightOutcomes, weights);
    }

    private static int spread(int hash) {
        return (hash * 0x9E3779B9) ^ (hash >>> 16);
    }

    /** The offset of a feature's record, or -1 when the model does not know it. */
    private int find(String name) {
        int hash = name.hashCode();
        int slot = spread(hash) & mask;
        while (true) {
            long entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            if ((int) (entry >>> 32) == hash && named(name, (int) entry)) {
                return (int) entry;
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean named(String name, int offset) {
        int length = records[offset];
        if (length != name.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (records[offset + 1 + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, null, new double[outcomes.length]);
    }

    @Override
    public double[] eval(String[] context, double[] probabilities) {
        return eval(context, null, probabilities);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return eval(context, values, new double[outcomes.length]);
    }

    /** The sums, exponentials and normalisation of OpenNLP's GIS model, in its order. */
    private double[] eval(String[] context, float[] values, double[] sums) {
        Arrays.fill(sums, 0, outcomes.length, logPrior);
        for (int i = 0; i < context.length; i++) {
            int offset = find(context[i]);
            if (offset < 0) {
                continue;
            }
            int after = offset + 1 + records[offset];
            int count = records[after];
            int start = records[after + 1] << 16 | records[after + 2];
            double value = values == null ? 1.0 : values[i];
            for (int w = start; w < start + count; w++) {
                sums[weightOutcomes[w]] += weights[w] * value;
            }
        }
        double normal = 0.0;
        for (int o = 0; o < outcomes.length; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            normal += sums[o];
        }
        for (int o = 0; o < outcomes.length; o++) {
            sums[o] /= normal;
        }
        return sums;
    }

    @Override
    public String getBestOutcome(double[] probabilities) {
        return outcomes[ArrayMath.argmax(probabilities)];
    }

    @Override
    public String getAllOutcomes(double[] probabilities) {
        StringBuilder all = new StringBuilder();
        for (int o = 0; o < outcomes.length; o++) {
            all.append(o == 0 ? "" : "  ").append(outcomes[o]).append('[').append(probabilities[o]).append(']');
        }
        return all.toString();
    }

    @Override
    public String getOutcome(int index) {
        return outcomes[index];
    }

    @Override
    public int getIndex(String outcome) {
        for (int o = 0; o < outcomes.length; o++) {
            if (outcomes[o].equals(outcome)) {
                return o;
            }
        }
        return -1;
    }

    @Override
    public int getNumOutcomes() {
        return outcomes.length;
    }
}
