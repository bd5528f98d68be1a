package dev.raftlog.reports.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol with the JDK's own WebSocket
 * client: open a page, evaluate JavaScript, click with the mouse at a point, take a screenshot.
 * No Selenium and no driver binary: the protocol is what chromedriver speaks underneath, and
 * this way no driver version has to match the browser's.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Process process;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    private HeadlessChromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** The Chromium binary: $CHROMIUM, else the Debian package's, else none. */
    static Optional<Path> find() {
        String env = System.getenv("CHROMIUM");
        List<String> candidates = env != null ? List.of(env) : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome");
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    static HeadlessChromium start(Path binary, Path profile, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(profile);
        Process p = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--remote-allow-origins=*", "--remote-debugging-port=0",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + width + "," + height, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            String browserUrl = awaitDevTools(p);
            URI browser = URI.create(browserUrl);
            HttpClient http = HttpClient.newHttpClient();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getAuthority() + "/json/list"))
                    .timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofString()).body();
            String pageUrl = null;
            for (JsonNode target : JSON.readTree(list)) {
                if ("page".equals(target.path("type").asText())) {
                    pageUrl = target.path("webSocketDebuggerUrl").asText();
                    break;
                }
            }
            if (pageUrl == null) {
                throw new IOException("Chromium offers no page target: " + list);
            }
            HeadlessChromium[] self = new HeadlessChromium[1];
            Listener listener = new Listener(() -> self[0]);
            WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(pageUrl), listener)
                    .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            self[0] = new HeadlessChromium(p, ws);
            return self[0];
        } catch (IOException | InterruptedException | RuntimeException | java.util.concurrent.ExecutionException
                | java.util.concurrent.TimeoutException e) {
            stop(p);
            throw new IOException("could not start Chromium for the browser test: " + e, e);
        }
    }

    /** Loads {@code url} and waits until the document is complete. */
    void open(URI url) throws Exception {
        call("Page.enable", Map.of());
        call("Page.navigate", Map.of("url", url.toString()));
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!"complete".equals(eval("document.readyState").asText())
                || !url.toString().equals(eval("location.href").asText())) {
            if (System.nanoTime() > deadline) {
                throw new IOException("page " + url + " did not finish loading");
            }
            Thread.sleep(50);
        }
    }

    /** The value of a JavaScript expression (JSON-serialisable values only). */
    JsonNode eval(String expression) throws Exception {
        JsonNode reply = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (reply.has("exceptionDetails")) {
            throw new IllegalStateException("JavaScript failed: " + expression + " -> " + reply.path("exceptionDetails"));
        }
        return reply.path("result").path("value");
    }

    /** A left click with the mouse at page coordinates (x, y) of the viewport, as a person would. */
    void click(double x, double y) throws Exception {
        call("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
        call("Input.dispatchMouseEvent", Map.of("type", "mousePressed", "x", x, "y", y, "button", "left", "clickCount", 1));
        call("Input.dispatchMouseEvent", Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left", "clickCount", 1));
    }

    /** A PNG of what the viewport shows. */
    byte[] screenshot() throws Exception {
        return Base64.getDecoder().decode(call("Page.captureScreenshot", Map.of("format", "png")).path("data").asText());
    }

    private JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(message), true).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        JsonNode answer = reply.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.path("error"));
        }
        return answer.path("result");
    }

    private void received(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node.has("id")) {
                CompletableFuture<JsonNode> f = replies.remove(node.path("id").asInt());
                if (f != null) {
                    f.complete(node);
                }
            }
        } catch (IOException e) {
            replies.values().forEach(f -> f.completeExceptionally(e));
        }
    }

    @Override
    public void close() {
        socket.abort();
        stop(process);
    }

    private static void stop(Process p) {
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
    }

    /** Reads Chromium's stderr until it says where DevTools listens; keeps draining it afterwards. */
    private static String awaitDevTools(Process p) throws IOException, InterruptedException {
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> url = new CompletableFuture<>();
        StringBuilder seen = new StringBuilder();
        Thread drain = new Thread(() -> {
            try {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        url.complete(m.group(1));
                    } else if (!url.isDone()) {
                        seen.append(line).append('\n');
                    }
                }
            } catch (IOException ignored) {
                // the browser went away; the wait below reports it
            }
            url.completeExceptionally(new IOException("Chromium exited before DevTools listened:\n" + seen));
        }, "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        try {
            return url.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("Chromium did not open DevTools: " + e.getMessage() + "\n" + seen, e);
        }
    }

    /** Collects a message's fragments and hands whole messages on. */
    private static final class Listener implements WebSocket.Listener {
        private final java.util.function.Supplier<HeadlessChromium> owner;
        private final StringBuilder partial = new StringBuilder();

        Listener(java.util.function.Supplier<HeadlessChromium> owner) {
            this.owner = owner;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String whole = partial.toString();
                partial.setLength(0);
                HeadlessChromium c = owner.get();
                if (c != null) {
                    c.received(whole);
                }
            }
            ws.request(1);
            return null;
        }
    }
}
