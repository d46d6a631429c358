package org.redflag.app.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads sample ads from JSON lines on the class path, one ad per line, with errors that name the line. */
public final class DemoAdReader {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,120}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** Reads every ad of a class-path resource such as {@code /demo/harbourjobs.jsonl}. */
    public List<DemoAd> read(String resource) {
        try (InputStream in = DemoAdReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Sample ads " + resource + " are missing from the class path: "
                        + "rebuild Redflag (mvn -B -DskipTests install)");
            }
            return read(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read sample ads " + resource, e);
        }
    }

    List<DemoAd> read(String name, BufferedReader reader) throws IOException {
        List<DemoAd> ads = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (!line.isBlank()) {
                DemoAd ad = parse(name, lineNumber, line);
                if (!slugs.add(ad.slug())) {
                    throw problem(name, lineNumber, "slug '" + ad.slug() + "' is used twice; slugs are unique per site");
                }
                ads.add(ad);
            }
        }
        if (ads.isEmpty()) {
            throw new IllegalStateException("Sample ads " + name + " hold no ad: expected one JSON ad per line");
        }
        return List.copyOf(ads);
    }

    private DemoAd parse(String name, int lineNumber, String line) {
        DemoAd ad;
        try {
            ad = json.readValue(line, DemoAd.class);
        } catch (JsonProcessingException e) {
            throw problem(name, lineNumber, e.getOriginalMessage());
        } catch (NullPointerException e) {
            throw problem(name, lineNumber, "a required field is missing (" + e.getMessage() + ")");
        }
        check(name, lineNumber, ad);
        return ad;
    }

    private static void check(String name, int lineNumber, DemoAd ad) {
        if (!SLUG.matcher(ad.slug()).matches()) {
            throw problem(name, lineNumber, "slug '" + ad.slug() + "' must be lower-case letters, digits and '-'");
        }
        if (!DemoAd.ORDINARY.equals(ad.kind()) && !DemoAd.REDFLAG.equals(ad.kind())) {
            throw problem(name, lineNumber, "kind '" + ad.kind() + "' must be 'ordinary' or 'redflag'");
        }
        if (!ad.posted().isEmpty() && !DATE.matcher(ad.posted()).lookingAt()) {
            throw problem(name, lineNumber, "posted '" + ad.posted() + "' must be a date like 2026-11-02");
        }
        if (ad.title().isBlank() || ad.body().isBlank()) {
            throw problem(name, lineNumber, "title and body must not be empty");
        }
    }

    private static IllegalStateException problem(String name, int lineNumber, String what) {
        return new IllegalStateException("Sample ads " + name + " line " + lineNumber + ": " + what);
    }
}
