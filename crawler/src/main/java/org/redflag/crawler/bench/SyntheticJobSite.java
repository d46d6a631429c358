package org.redflag.crawler.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

/**
 * A generated job board on {@code 127.0.0.1}, for benchmarks and tests. Pages are generated on request from the ad
 * number, so the site costs no memory however many ads it has.
 *
 * <ul>
 *   <li>{@code /robots.txt}: disallows {@code /private/}</li>
 *   <li>{@code /jobs?page=N}: listing pages of {@value #PER_PAGE} ads, with numbered and "Next" pagination</li>
 *   <li>{@code /job/N}: ad pages. One in five is GB18030 (half declared only in {@code <meta charset>}), one in
 *       three carries JSON-LD JobPosting; all have navigation, footer and a "Similar jobs" block</li>
 *   <li>{@code /private/...}: pages that must never be fetched (counted)</li>
 * </ul>
 */
public final class SyntheticJobSite implements AutoCloseable {
    static final int PER_PAGE = 20;
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String[] ROLES = {"Warehouse assistant", "Line cook", "Delivery driver", "Care worker",
        "Hotel housekeeper", "Customer service agent", "Farm hand", "Welder", "Cleaner", "Sales associate"};
    private static final String[] CITIES = {"Leeds", "Bristol", "Glasgow", "Cardiff", "Belfast", "York"};
    private static final String[] ROLES_ZH = {"仓库助理", "厨师", "送货司机", "护理员", "酒店客房服务员", "客服专员",
        "农场工人", "焊工", "保洁员", "销售助理"};
    private static final String[] CITIES_ZH = {"广州", "深圳", "上海", "北京", "杭州", "成都"};

    private final int ads;
    private final HttpServer server;
    private final ExecutorService executor;
    private final LongAdder requests = new LongAdder();
    private final LongAdder disallowedRequests = new LongAdder();

    private SyntheticJobSite(int ads, HttpServer server, ExecutorService executor) {
        this.ads = ads;
        this.server = server;
        this.executor = executor;
    }

    /** Starts a site with this many ads on a free loopback port, served by {@code threads} threads. */
    public static SyntheticJobSite start(int ads, int threads) throws IOException {
        // Without TCP_NODELAY the JDK server's small responses wait on delayed ACKs (about 40 ms each).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "synthetic-job-site");
            t.setDaemon(true);
            return t;
        });
        SyntheticJobSite site = new SyntheticJobSite(ads, server, executor);
        server.createContext("/", site::handle);
        server.setExecutor(executor);
        server.start();
        return site;
    }

    /** The first listing page, the crawl's seed. */
    public String seedUrl() {
        return baseUrl() + "/jobs?page=1";
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int ads() {
        return ads;
    }

    public int listingPages() {
        return (ads + PER_PAGE - 1) / PER_PAGE;
    }

    /** Every page a full crawl fetches: listings, ads and the about page. */
    public int crawlablePages() {
        return listingPages() + ads + 1;
    }

    public long requests() {
        return requests.sum();
    }

    /** Requests for pages that robots.txt disallows. */
    public long disallowedRequests() {
        return disallowedRequests.sum();
    }

    /** The URL of ad number {@code n} (1-based). */
    public String adUrl(int n) {
        return baseUrl() + "/job/" + n;
    }

    /** The exact title of ad number {@code n}. */
    public static String title(int n) {
        if (isChinese(n)) {
            return ROLES_ZH[n % ROLES_ZH.length] + "（" + CITIES_ZH[n % CITIES_ZH.length] + "）第" + n + "号";
        }
        return ROLES[n % ROLES.length] + " in " + CITIES[n % CITIES.length] + " #" + n;
    }

    static boolean isChinese(int n) {
        return n % 5 == 2;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.increment();
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            if (path.startsWith("/private/")) {
                disallowedRequests.increment();
                send(exchange, 200, "text/html; charset=utf-8", page("Private", "<p>Staff only.</p>", ""));
            } else if (path.equals("/robots.txt")) {
                send(exchange, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
            } else if (path.equals("/jobs")) {
                listing(exchange, query);
            } else if (path.startsWith("/job/")) {
                ad(exchange, path.substring(5));
            } else if (path.equals("/")) {
                exchange.getResponseHeaders().set("Location", "/jobs?page=1");
                exchange.sendResponseHeaders(301, -1);
            } else if (path.equals("/about")) {
                send(exchange, 200, "text/html; charset=utf-8", page("About us",
                        "<p>We are a job board.</p><p><a href=\"/jobs?page=1\">Jobs</a></p>", ""));
            } else {
                send(exchange, 404, "text/html", page("Not found", "<p>No such page.</p>", ""));
            }
        }
    }

    private void listing(HttpExchange exchange, String query) throws IOException {
        int page = query != null && query.startsWith("page=") ? parse(query.substring(5)) : 1;
        if (page < 1 || page > listingPages()) {
            send(exchange, 404, "text/html", page("Not found", "<p>No such page.</p>", ""));
            return;
        }
        StringBuilder body = new StringBuilder("<h1>Jobs, page ").append(page).append("</h1><ul class=\"results\">");
        for (int n = (page - 1) * PER_PAGE + 1; n <= Math.min(ads, page * PER_PAGE); n++) {
            body.append("<li class=\"result\"><a href=\"/job/").append(n).append("\">")
                    .append(isChinese(n) ? "招聘 #" + n : "Job #" + n).append("</a> <span>Posted today</span></li>");
        }
        body.append("</ul><div class=\"pages\">");
        for (int p = Math.max(1, page - 3); p <= Math.min(listingPages(), page + 3); p++) {
            body.append("<a href=\"/jobs?page=").append(p).append("\">").append(p).append("</a> ");
        }
        if (page < listingPages()) {
            body.append("<a rel=\"next\" href=\"/jobs?page=").append(page + 1).append("\">Next</a>");
        }
        body.append("</div>");
        send(exchange, 200, "text/html; charset=utf-8", page("Jobs page " + page, body.toString(), ""));
    }

    private void ad(HttpExchange exchange, String id) throws IOException {
        int n = parse(id);
        if (n < 1 || n > ads) {
            send(exchange, 404, "text/html", page("Not found", "<p>No such ad.</p>", ""));
            return;
        }
        boolean zh = isChinese(n);
        String html = adPage(n, zh, ads);
        if (zh) {
            String type = n % 2 == 0 ? "text/html; charset=gb18030" : "text/html";
            send(exchange, 200, type, html, GB18030);
        } else {
            send(exchange, 200, "text/html; charset=utf-8", html);
        }
    }

    private static String adPage(int n, boolean zh, int ads) {
        String title = title(n);
        String text = zh ? chineseText(n) : englishText(n);
        String jsonLd = n % 3 == 0 ? "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"JobPosting\",\"title\":\"" + title + "\",\"description\":\"<p>" + text
                + "</p>\",\"datePosted\":\"2026-11-0" + (n % 9 + 1) + "\",\"hiringOrganization\":{\"@type\":"
                + "\"Organization\",\"name\":\"Employer " + (n % 97) + "\"}}</script>" : "";
        StringBuilder similar = new StringBuilder("<section class=\"similar-jobs\"><h2>")
                .append(zh ? "相似职位" : "Similar jobs").append("</h2><ul>");
        for (int k = 1; k <= 3; k++) {
            int other = (n + k * 7 - 1) % Math.max(1, ads) + 1;
            similar.append("<li><a href=\"/job/").append(other).append("\">Job #").append(other)
                    .append("</a></li>");
        }
        similar.append("</ul></section>");
        String body = "<article><h1>" + title + "</h1><div class=\"meta\">" + (zh ? "公司：" : "Company: ")
                + "Employer " + (n % 97) + "</div><div class=\"description\"><p>" + text + "</p><p>"
                + (zh ? "工作地点：" + CITIES_ZH[n % CITIES_ZH.length] : "Location: " + CITIES[n % CITIES.length])
                + "</p></div></article>" + similar;
        String head = (zh && n % 2 == 1 ? "<meta charset=\"gb18030\">" : zh ? "" : "<meta charset=\"utf-8\">")
                + jsonLd;
        return page(title + (zh ? " - 招聘网" : " | Synthetic Jobs"), body, head);
    }

    private static String englishText(int n) {
        return "We are looking for a reliable " + ROLES[n % ROLES.length].toLowerCase(java.util.Locale.ROOT)
                + " to join our team in " + CITIES[n % CITIES.length] + ". Full-time, permanent contract, "
                + (18 + n % 7) + " pounds per hour, paid holidays and a pension. You will work with a friendly "
                + "team of colleagues and receive full training in your first two weeks. Applications close at "
                + "the end of the month; reference number " + n + ". Please apply with your CV and a short cover "
                + "letter describing your experience.";
    }

    private static String chineseText(int n) {
        return "我们正在招聘" + ROLES_ZH[n % ROLES_ZH.length] + "，工作地点在" + CITIES_ZH[n % CITIES_ZH.length]
                + "。全职，签订正式劳动合同，月薪" + (5000 + n % 20 * 100) + "元，五险一金，带薪年假。"
                + "入职后提供两周的岗位培训，团队氛围友好。职位编号" + n + "，请通过本站投递简历。";
    }

    private static String page(String title, String body, String head) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title>" + head + "</head><body>"
                + "<header><nav><a href=\"/\">Home</a> <a href=\"/jobs?page=1\">Jobs</a> <a href=\"/about\">About</a>"
                + " <a href=\"/private/admin\">Admin</a></nav></header><main>" + body + "</main>"
                + "<footer><p>Synthetic Jobs, a generated site for benchmarks. <a href=\"/about\">About</a></p>"
                + "</footer></body></html>";
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        send(exchange, status, type, body, StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, String body, Charset charset)
            throws IOException {
        byte[] bytes = body.getBytes(charset);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
