package org.strengthslint.analyse.opennlp;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * An OpenNLP maximum entropy (GIS) model with its features packed for fast look-up. OpenNLP keeps
 * a model's features in a hash map from each feature's name to an object holding two arrays, so
 * one look-up follows five or six references scattered across the heap, and tagging one word
 * looks up some twenty features: the tagger spent most of its time waiting for memory. Here a
 * feature is one slot in an open-addressed table of hash codes, its name in one character array
 * and its weights in two flat arrays. {@link #eval(String[], double[])} adds the same weights in
 * the same order as OpenNLP's {@code GISModel}, so the probabilities are the same to the last
 * bit (PackedMaxentModelTest compares every feature of every model). Immutable and thread-safe.
 *
 * <p>It extends OpenNLP's {@link AbstractModel} only because OpenNLP's tokenizer accepts nothing
 * else; the parent's own feature map stays empty, and the parent answers only questions about
 * outcomes (their names, the best one).
 */
final class PackedMaxentModel extends AbstractModel {
    private final int outcomeCount;
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
        super(new Context[0], new String[0], outcomes);
        this.modelType = ModelType.Maxent;
        this.outcomeCount = outcomes.length;
        this.logPrior = StrictMath.log(1.0 / outcomes.length);
        this.slots = slots;
        this.mask = slots.length - 1;
        this.records = records;
        this.weightOutcomes = weightOutcomes;
        this.weights = weights;
    }

    /**
     * Reads a model in OpenNLP's binary GIS format: the type "GIS", a correction constant and
     * parameter (unused in evaluation), the outcomes, the outcome patterns (how many features
     * share a set of outcomes, and which outcomes), the feature names, then each feature's
     * weights in pattern order. The names are decoded straight into the packed records (no string
     * a feature), and the weights, which the file holds in the order the packed model keeps them,
     * are copied in one go (no call a weight).
     */
    static PackedMaxentModel read(byte[] model) throws IOException {
        try {
            return read(ByteBuffer.wrap(model));
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            // reading, indexing or moving past the end of the bytes
            throw new IOException("the model ends too soon");
        }
    }

    private static PackedMaxentModel read(ByteBuffer in) throws IOException {
        String type = utf(in);
        if (!type.equals("GIS")) {
            throw new IOException("a " + type + " model, not a GIS model");
        }
        in.getInt(); // correction constant
        in.getDouble(); // correction parameter
        String[] outcomes = new String[count(in)];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = utf(in);
        }
        int[][] patterns = new int[count(in)][];
        for (int i = 0; i < patterns.length; i++) {
            patterns[i] = pattern(utf(in), outcomes.length);
        }
        int featureCount = count(in);
        long weightCount = 0;
        int patterned = 0;
        for (int[] pattern : patterns) {
            weightCount += (long) pattern[0] * (pattern.length - 1);
            patterned += pattern[0];
        }
        if (patterned != featureCount) {
            throw new IOException(patterned + " features in the outcome patterns but " + featureCount + " named");
        }
        // A name takes at least one byte a character, so its length in bytes bounds its record.
        int names = in.position();
        long characters = 1; // offset 0 marks an empty slot
        for (int i = 0; i < featureCount; i++) {
            int length = Short.toUnsignedInt(in.getShort());
            in.position(in.position() + length);
            characters += length + 4L;
        }
        if (characters > Integer.MAX_VALUE || weightCount > Integer.MAX_VALUE) {
            throw new IOException("too large to pack");
        }
        int capacity = Integer.highestOneBit(Math.max(2, featureCount) * 2) * 2; // at most half full
        long[] slots = new long[capacity];
        char[] records = new char[(int) characters];
        int[] weightOutcomes = new int[(int) weightCount];
        double[] weights = new double[(int) weightCount];
        in.position(names);
        int offset = 1;
        int weightStart = 0;
        for (int[] pattern : patterns) {
            int outcomeCount = pattern.length - 1;
            for (int f = 0; f < pattern[0]; f++) {
                System.arraycopy(pattern, 1, weightOutcomes, weightStart, outcomeCount);
                int length = name(in, records, offset + 1);
                records[offset] = (char) length;
                int after = offset + 1 + length;
                records[after] = (char) outcomeCount;
                records[after + 1] = (char) (weightStart >>> 16);
                records[after + 2] = (char) weightStart;
                place(slots, records, offset);
                weightStart += outcomeCount;
                offset = after + 3;
            }
        }
        in.asDoubleBuffer().get(weights);
        return new PackedMaxentModel(outcomes, slots, records, weightOutcomes, weights);
    }

    /** A string as {@link DataInputStream#readUTF} reads it: its length in bytes, then modified UTF-8. */
    private static String utf(ByteBuffer in) throws IOException {
        int length = in.remaining() < 2 ? 0 : Short.toUnsignedInt(in.getShort(in.position()));
        if (in.remaining() < 2 + length) {
            throw new BufferUnderflowException();
        }
        String text = new DataInputStream(
                        new ByteArrayInputStream(in.array(), in.arrayOffset() + in.position(), 2 + length))
                .readUTF();
        in.position(in.position() + 2 + length);
        return text;
    }

    /**
     * Decodes a feature name into {@code records} at {@code at} and returns its length. Names are
     * nearly all ASCII, one byte a character; any other goes through {@link #utf}.
     */
    private static int name(ByteBuffer in, char[] records, int at) throws IOException {
        int start = in.position();
        int length = Short.toUnsignedInt(in.getShort());
        byte[] bytes = in.array();
        int from = in.arrayOffset() + in.position();
        for (int i = 0; i < length; i++) {
            byte b = bytes[from + i];
            if (b < 0) { // not ASCII
                in.position(start);
                String name = utf(in);
                name.getChars(0, name.length(), records, at);
                return name.length();
            }
            records[at + i] = (char) b;
        }
        in.position(in.position() + length);
        return length;
    }

    private static int count(ByteBuffer in) throws IOException {
        int count = in.getInt();
        if (count < 0 || count > 10_000_000) {
            throw new IOException("a count of " + count);
        }
        return count;
    }

    /** "3 0 5 7": three features with weights for outcomes 0, 5 and 7. */
    private static int[] pattern(String text, int outcomes) throws IOException {
        String[] numbers = text.trim().split(" ");
        int[] pattern = new int[numbers.length];
        try {
            for (int i = 0; i < numbers.length; i++) {
                pattern[i] = Integer.parseInt(numbers[i]);
            }
        } catch (NumberFormatException e) {
            throw new IOException("an outcome pattern that is not numbers: " + text);
        }
        for (int i = 1; i < pattern.length; i++) {
            if (pattern[i] < 0 || pattern[i] >= outcomes) {
                throw new IOException("an outcome pattern with no such outcome: " + text);
            }
        }
        if (pattern[0] < 0 || pattern.length - 1 > Character.MAX_VALUE) {
            throw new IOException("an outcome pattern out of range: " + text);
        }
        return pattern;
    }

    /** Puts a feature in its slot; a name given twice keeps its last weights, as OpenNLP's map does. */
    private static void place(long[] slots, char[] records, int offset) {
        int mask = slots.length - 1;
        int hash = hash(records, offset);
        int slot = spread(hash) & mask;
        while (slots[slot] != 0) {
            if ((int) (slots[slot] >>> 32) == hash && sameName(records, offset, (int) slots[slot])) {
                break;
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = (long) hash << 32 | offset;
    }

    /**
     * A name's hash code mixed for a table indexed by its low bits: names that differ only in
     * their last letters ("suf=ing", "suf=ink") would otherwise fall into neighbouring slots. The
     * same mixing as analyse's FormHashes, written here again so that this package depends on
     * nothing else of strengths-lint.
     */
    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }

    /** The {@link String#hashCode} of the name in a record. */
    private static int hash(char[] records, int offset) {
        int hash = 0;
        for (int i = offset + 1; i <= offset + records[offset]; i++) {
            hash = 31 * hash + records[i];
        }
        return hash;
    }

    private static boolean sameName(char[] records, int one, int other) {
        return Arrays.equals(records, one, one + 1 + records[one], records, other, other + 1 + records[other]);
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
            if ((int) (entry >>> 32) == hash && named(records, name, (int) entry)) {
                return (int) entry;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static boolean named(char[] records, String name, int offset) {
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
        return eval(context, null, new double[outcomeCount]);
    }

    @Override
    public double[] eval(String[] context, double[] probabilities) {
        return eval(context, null, probabilities);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return eval(context, values, new double[outcomeCount]);
    }

    /** The sums, exponentials and normalisation of OpenNLP's GIS model, in its order. */
    private double[] eval(String[] context, float[] values, double[] sums) {
        sum(context, values, sums);
        double normal = 0.0;
        for (int o = 0; o < outcomeCount; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            normal += sums[o];
        }
        for (int o = 0; o < outcomeCount; o++) {
            sums[o] /= normal;
        }
        return sums;
    }

    /**
     * How far (in the log space of the sums) the best outcome must lead the next for the order
     * to survive the exponentials and the normalisation: each rounds to within a part in 10^16,
     * so a lead of a part in 10^9 keeps the best outcome strictly ahead.
     */
    private static final double CLEAR_LEAD = 1e-9;
    /** Beyond this the exponential of a sum is not a normal double. */
    private static final double EXPONENT_LIMIT = 700;

    /**
     * The index of the most probable outcome for a context, found from the sums alone (the
     * exponentials are monotonic), or -1 when another outcome comes so close that the rounding
     * of the probabilities could tie them: then only {@link #eval(String[])} can say.
     *
     * @param sums scratch space of at least {@link #getNumOutcomes()} values
     */
    int clearlyBest(String[] context, double[] sums) {
        sum(context, null, sums);
        int best = 0;
        for (int o = 1; o < outcomeCount; o++) {
            if (sums[o] > sums[best]) {
                best = o;
            }
        }
        if (!(Math.abs(sums[best]) < EXPONENT_LIMIT)) {
            return -1; // the exponential would overflow, or lose its precision near zero
        }
        for (int o = 0; o < outcomeCount; o++) {
            if (o != best && sums[best] - sums[o] <= CLEAR_LEAD) {
                return -1;
            }
        }
        return best;
    }

    private void sum(String[] context, float[] values, double[] sums) {
        Arrays.fill(sums, 0, outcomeCount, logPrior);
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
    }
}
