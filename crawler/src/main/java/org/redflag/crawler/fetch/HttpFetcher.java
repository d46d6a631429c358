package org.redflag.crawler.fetch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.redflag.crawler.fetch.FetchResult.Outcome;
import org.redflag.crawler.url.UrlNormalizer;

/**
 * {@link Fetcher} on the JDK {@link HttpClient}, HTTP/1.1, redirects not followed (see the package notes).
 * One instance is shared by all crawl threads; it keeps persistent connections per host.
 */
public final class HttpFetcher implements Fetcher {
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,text/xml;q=0.9,"
            + "*/*;q=0.1";
    /**
     * Response callbacks run on the client's selector thread instead of being handed to a pool: they only copy
     * bytes into a bounded buffer, and the hand-offs cost more CPU than the work.
     */
    private static final java.util.concurrent.Executor DIRECT = Runnable::run;
    private final HttpClient client;
    private final AddressGuard guard;
    private final Clock clock;

    public HttpFetcher(HttpClient client, AddressGuard guard, Clock clock) {
        this.client = client;
        this.guard = guard;
        this.clock = clock;
    }

    /** A fetcher with its own HTTP/1.1 client (10 s connect timeout) and address guard. */
    public static HttpFetcher create() {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(DIRECT)
                .build();
        return new HttpFetcher(client, new AddressGuard(), Clock.systemUTC());
    }

    @Override
    public FetchResult fetch(FetchRequest request) {
        String url = request.url();
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return FetchResult.failed(url, Outcome.CONNECTION_ERROR, 0, "invalid URL: " + e.getMessage());
        }
        if (!request.allowPrivateAddresses()) {
            Optional<String> refusal = guard.refusal(uri.getHost());
            if (refusal.isPresent()) {
                return FetchResult.failed(url, Outcome.REFUSED_ADDRESS, 0, refusal.get());
            }
        }
        return send(request, uri);
    }

    private FetchResult send(FetchRequest request, URI uri) {
        CompletableFuture<HttpResponse<LimitedBody.Bytes>> future =
                client.sendAsync(build(request, uri), info -> new LimitedBody(bodyLimit(request, info)));
        try {
            HttpResponse<LimitedBody.Bytes> response =
                    future.get(request.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return toResult(request, response);
        } catch (TimeoutException e) {
            future.cancel(true);
            return FetchResult.failed(request.url(), Outcome.TIMEOUT, 0, "no complete response within "
                    + request.timeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return FetchResult.failed(request.url(), Outcome.CONNECTION_ERROR, 0, "interrupted");
        } catch (ExecutionException e) {
            return failure(request.url(), e.getCause());
        }
    }

    private static HttpRequest build(FetchRequest request, URI uri) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(request.timeout())
                .header("User-Agent", request.userAgent())
                .header("Accept", ACCEPT);
        Validators v = request.validators();
        if (!v.etag().isEmpty()) {
            b.header("If-None-Match", v.etag());
        }
        if (!v.lastModified().isEmpty()) {
            b.header("If-Modified-Since", v.lastModified());
        }
        return b.build();
    }

    private static long bodyLimit(FetchRequest request, HttpResponse.ResponseInfo info) {
        int status = info.statusCode();
        if (status < 200 || status >= 300) {
            return 0;
        }
        String type = info.headers().firstValue("Content-Type").orElse("");
        return request.anyContentType() || isReadable(type) ? request.maxBytes() : 0;
    }

    /** HTML, XHTML and XML (sitemaps) are read; a missing content type is sniffed later. */
    static boolean isReadable(String contentType) {
        String t = contentType.toLowerCase(Locale.ROOT);
        return t.isBlank() || t.contains("html") || t.contains("xml") || t.startsWith("text/plain");
    }

    private FetchResult toResult(FetchRequest request, HttpResponse<LimitedBody.Bytes> response) {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        Validators validators = new Validators(response.headers().firstValue("ETag").orElse(""),
                response.headers().firstValue("Last-Modified").orElse(""));
        String url = request.url();
        if (status >= 200 && status < 300) {
            if (!request.anyContentType() && !isReadable(type)) {
                return new FetchResult(url, Outcome.SKIPPED_CONTENT_TYPE, status, type, new byte[0], false,
                        validators, "", Duration.ZERO, "content type '" + type + "' is not HTML");
            }
            LimitedBody.Bytes body = response.body();
            return new FetchResult(url, Outcome.OK, status, type, body.data(), body.truncated(), validators, "",
                    Duration.ZERO, body.truncated() ? "body cut at " + request.maxBytes() + " bytes" : "");
        }
        if (status == 304) {
            return new FetchResult(url, Outcome.NOT_MODIFIED, status, type, new byte[0], false,
                    request.validators(), "", Duration.ZERO, "");
        }
        if (status >= 300 && status < 400) {
            return redirect(url, status, response.headers().firstValue("Location").orElse(""));
        }
        Duration retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(""),
                clock.instant());
        Outcome outcome = status == 429 ? Outcome.THROTTLED
                : status >= 400 && status < 500 ? Outcome.CLIENT_ERROR : Outcome.SERVER_ERROR;
        return new FetchResult(url, outcome, status, type, new byte[0], false, validators, "", retryAfter,
                "HTTP " + status);
    }

    private static FetchResult redirect(String url, int status, String location) {
        Optional<String> target = UrlNormalizer.resolve(url, location);
        if (target.isEmpty()) {
            return FetchResult.failed(url, Outcome.CLIENT_ERROR, status,
                    "HTTP " + status + " without a usable Location ('" + location + "')");
        }
        return new FetchResult(url, Outcome.REDIRECT, status, "", new byte[0], false, Validators.NONE,
                target.get(), Duration.ZERO, "");
    }

    private static FetchResult failure(String url, Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) {
            return FetchResult.failed(url, Outcome.TIMEOUT, 0, cause.getMessage());
        }
        String message = cause == null ? "unknown error" : cause.getClass().getSimpleName() + ": "
                + cause.getMessage();
        return FetchResult.failed(url, Outcome.CONNECTION_ERROR, 0, message);
    }
}
