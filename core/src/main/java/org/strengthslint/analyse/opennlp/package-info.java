/**
 * OpenNLP's English sentence detector, tokenizer and part-of-speech tagger, and the parts of
 * OpenNLP this package does again, faster, with exactly OpenNLP's answers.
 *
 * <p>Pinned to opennlp-tools 2.5.11 and the English UD-EWT models 1.3.0 (the parent pom's
 * {@code opennlp.version} and {@code opennlp.models.version}; the model files' names come from
 * its {@code opennlp.models.files}, through the filtered {@code models.properties}). The code
 * below follows those versions' file format, feature generator and search; ModelNamesTest fails
 * when the build pins other versions than this paragraph names, so that whoever moves them
 * re-reads the code and the tests below.
 *
 * <p>What is done again, and why (measured in bench/README.md):
 * <ul>
 * <li>{@link org.strengthslint.analyse.opennlp.ModelFile}: reads a model file without OpenNLP's
 * loader, whose hash map of every feature was half the loading time;</li>
 * <li>{@link org.strengthslint.analyse.opennlp.PackedMaxentModel}: a maximum entropy model with
 * its features in one open-addressed table and flat arrays, instead of a map of objects;</li>
 * <li>{@link org.strengthslint.analyse.opennlp.GreedyTagger}: the tagger with a beam of one
 * without the beam search, reading the best tag from the model's sums;</li>
 * <li>{@link org.strengthslint.analyse.opennlp.TaggerFeatures}: the tagger's features made
 * directly, each word lower-cased once;</li>
 * <li>{@link org.strengthslint.analyse.opennlp.WordSplits}: the tokenizer's splits remembered
 * word by word.</li>
 * </ul>
 *
 * <p>The tests that prove the answers are OpenNLP's: PackedMaxentModelTest (every weight of the
 * three models gives OpenNLP's probabilities, to the bit), TaggerFeaturesTest (every feature of
 * every word of the examples is OpenNLP's), PackedToolsTest (sentences, tokens and tags against
 * OpenNLP's tools built in the test) and OpenNlpParityTest (the packed and the stock
 * implementation of {@link org.strengthslint.analyse.opennlp.OpenNlpTools} agree on every
 * sentence, word and tag of the examples).
 *
 * <p>The system property {@code strengthslint.opennlp=stock} runs OpenNLP's own tools instead
 * ({@link org.strengthslint.analyse.opennlp.OpenNlpTools#stock()}): for comparing speed, and a
 * way out should this package ever be wrong. This package uses nothing else of strengths-lint.
 */
package org.strengthslint.analyse.opennlp;
