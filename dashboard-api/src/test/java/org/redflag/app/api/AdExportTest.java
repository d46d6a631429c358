package org.redflag.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdExportTest {
    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "plain text          | plain text",
        "=HYPERLINK(\"x\")   | `\"'=HYPERLINK(\"\"x\"\")\"`",
        "+85512345678        | '+85512345678",
        "-1+2                | '-1+2",
        "@SUM(A1)            | '@SUM(A1)",
        "a, b                | `\"a, b\"`",
    })
    void quotesCellsAndDefusesFormulas(String value, String expected) {
        assertThat(AdExport.cell(value)).isEqualTo(expected);
    }
}
