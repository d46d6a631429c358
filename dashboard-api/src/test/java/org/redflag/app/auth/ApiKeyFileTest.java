package org.redflag.app.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeyFileTest {
    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("api-keys.yml"), yaml);
    }

    @Test
    void registersTheHashedKeysOfTheFile() throws IOException {
        String analystKey = "analyst-key-0123456789";
        Path file = write("keys:\n"
                + "  - {name: alice, role: analyst, sha256: " + ApiKeyHash.of(analystKey) + "}\n"
                + "  - {name: harbour, role: platform, platform: harbour-jobs, sha256: "
                + ApiKeyHash.of("platform-key-0123456789") + "}\n");
        ApiKeyRegistry registry = new ApiKeyRegistry();

        assertThat(ApiKeyFile.load(file, registry)).isEqualTo(2);
        assertThat(registry.findHolder(analystKey)).contains(Principal.analyst("alice"));
        assertThat(registry.findHolder("platform-key-0123456789"))
                .contains(Principal.platform("harbour", "harbour-jobs"));
        assertThat(Files.readString(file)).doesNotContain(analystKey);
    }

    @Test
    void aMissingFileRegistersNothing() {
        assertThat(ApiKeyFile.load(dir.resolve("absent.yml"), new ApiKeyRegistry())).isZero();
    }

    @Test
    void refusesAKeyInClearInsteadOfItsHashNamingTheEntry() throws IOException {
        Path file = write("keys:\n  - {name: alice, role: analyst, sha256: my-secret-key}\n");

        assertThatThrownBy(() -> ApiKeyFile.load(file, new ApiKeyRegistry()))
                .isInstanceOf(InvalidKeyFileException.class)
                .hasMessageContaining("keys[0].sha256")
                .hasMessageContaining("sha256sum")
                .hasMessageNotContaining("my-secret-key");
    }

    @Test
    void refusesAnUnknownRole() throws IOException {
        Path file = write("keys:\n  - {name: a, role: admin, sha256: " + ApiKeyHash.of("x") + "}\n");

        assertThatThrownBy(() -> ApiKeyFile.load(file, new ApiKeyRegistry()))
                .hasMessageContaining("keys[0].role").hasMessageContaining("analyst, operator or platform");
    }

    @Test
    void refusesAPlatformKeyWithoutItsPlatform() throws IOException {
        Path file = write("keys:\n  - {name: a, role: platform, sha256: " + ApiKeyHash.of("x") + "}\n");

        assertThatThrownBy(() -> ApiKeyFile.load(file, new ApiKeyRegistry()))
                .hasMessageContaining("keys[0].platform");
    }

    @Test
    void refusesAnUnknownField() throws IOException {
        Path file = write("keys:\n  - {name: a, role: analyst, key: abc, sha256: " + ApiKeyHash.of("x") + "}\n");

        assertThatThrownBy(() -> ApiKeyFile.load(file, new ApiKeyRegistry()))
                .hasMessageContaining("keys[0].key").hasMessageContaining("not a known field");
    }
}
