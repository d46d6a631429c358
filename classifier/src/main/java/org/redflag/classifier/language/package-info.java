/**
 * Language detection with OpenNLP's language-detector model, and tokenization per language: OpenNLP's tokenizer for
 * alphabetic languages, character bigrams for Chinese and Japanese.
 */
package org.redflag.classifier.language;
