package uk.police.ecu.casework.audit;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.net.SyslogAppender;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The chain's head, written out where the database cannot reach: appended to a file (and, where
 * configured, sent to syslog) every few minutes and at shutdown. Rows cut from the end of the trail leave
 * nothing wrong inside the chain; the verifier finds them missing against these anchors. Each line names
 * the chain it belongs to, so anchors of another database are never mistaken for this one's.
 */
@Component
class AuditAnchors {

    static final String LOGGER = "casework.audit.anchor";
    private static final Logger anchorLog = LoggerFactory.getLogger(LOGGER);

    record Anchor(String chainId, long id, String hash) {

        static Optional<Anchor> parse(String line) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length != 4 || !fields[3].matches("[0-9a-f]{64}")) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Anchor(fields[1], Long.parseLong(fields[2]), fields[3]));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    private final AuditChainRepository chain;
    private final Clock clock;
    private final Path file;
    private Anchor lastWritten;

    AuditAnchors(AuditChainRepository chain, Clock clock,
                 @Value("${casework.audit.anchor-file:data/audit-anchors.log}") String file,
                 @Value("${casework.audit.syslog-host:}") String syslogHost,
                 @Value("${casework.audit.syslog-port:514}") int syslogPort) {
        this.chain = chain;
        this.clock = clock;
        this.file = Path.of(file).toAbsolutePath();
        if (!syslogHost.isBlank()) {
            sendToSyslog(syslogHost, syslogPort);
        }
    }

    /** Writes the head if it moved since the last anchor. */
    @Scheduled(fixedDelayString = "${casework.audit.anchor-interval:PT5M}",
            initialDelayString = "${casework.audit.anchor-interval:PT5M}")
    @PreDestroy
    synchronized void anchor() {
        Optional<Anchor> head = head();
        if (head.isEmpty() || head.get().equals(lastWritten)) {
            return;
        }
        String line = Instant.now(clock) + " " + head.get().chainId() + " " + head.get().id() + " " + head.get().hash();
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE)) {
                out.write(StandardCharsets.UTF_8.encode(line + "\n"));
                out.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append the audit chain's head to " + file, e);
        }
        anchorLog.info("Audit chain head {}", line);
        lastWritten = head.get();
    }

    /** Anchors of this chain written so far, oldest first. */
    List<Anchor> recorded(String chainId) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.map(Anchor::parse).flatMap(Optional::stream).filter(a -> a.chainId().equals(chainId)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit anchors in " + file, e);
        }
    }

    private Optional<Anchor> head() {
        String chainId = chain.chainId();
        return chain.head().map(last -> new Anchor(chainId, last.id(), last.hash()));
    }

    private static void sendToSyslog(String host, int port) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        SyslogAppender syslog = new SyslogAppender();
        syslog.setContext(context);
        syslog.setName("audit-anchor-syslog");
        syslog.setSyslogHost(host);
        syslog.setPort(port);
        syslog.setFacility("AUTH");
        syslog.setSuffixPattern("ecu-casework %msg");
        syslog.start();
        ch.qos.logback.classic.Logger logger = context.getLogger(LOGGER);
        logger.addAppender(syslog);
    }
}
