/**
 * Language detection with OpenNLP's language-detector model, and tokenization per language: OpenNLP's tokenizer for
 * alphabetic languages, character bigrams for Chinese and Japanese. Text too short for the model is decided by
 * script, or among the languages the classifier has lexicons for (see {@link
 * org.redflag.classifier.language.LanguageIdentifier}).
 */
package org.redflag.classifier.language;
