package cn.gov.yingkou.sgpt.transfer.control;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import cn.gov.yingkou.sgpt.transfer.boundary.EvidenceRefused;
import cn.gov.yingkou.sgpt.transfer.boundary.EvidenceRefused.Reason;

/**
 * The hook for a virus scanner: the command in {@value #PROPERTY} (for ClamAV, {@code clamdscan --no-summary
 * --fdpass}) is run with the received file's path as its last argument before the file is kept. Exit status 0 means
 * clean; 1 means found (the file is refused); anything else, or no answer within the time-out, refuses the file too —
 * a file is never let through unscanned when a scanner is configured. Without the property, nothing is scanned.
 */
public final class VirusScan {

    public static final String PROPERTY = "sgpt.evidence.scan.command";
    public static final String TIMEOUT_PROPERTY = "sgpt.evidence.scan.timeout.seconds";
    private static final Logger LOG = Logger.getLogger(VirusScan.class.getName());

    private final List<String> command;
    private final long timeoutSeconds;

    public VirusScan(String command, long timeoutSeconds) {
        this.command = command == null || command.isBlank() ? List.of()
                : Arrays.asList(command.strip().split("\\s+"));
        this.timeoutSeconds = timeoutSeconds;
    }

    /** The scanner the system properties configure, or none. */
    public static VirusScan configured() {
        return new VirusScan(System.getProperty(PROPERTY), Long.getLong(TIMEOUT_PROPERTY, 120));
    }

    public boolean enabled() {
        return !command.isEmpty();
    }

    void check(Path file) {
        if (command.isEmpty()) {
            return;
        }
        List<String> line = new ArrayList<>(command);
        line.add(file.toAbsolutePath().toString());
        int status;
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw unscanned("the scanner gave no answer within " + timeoutSeconds + " s");
            }
            status = process.exitValue();
        } catch (IOException e) {
            throw unscanned("the scanner could not be started: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unscanned("interrupted");
        }
        if (status == 1) {
            throw new EvidenceRefused(Reason.INFECTED, "病毒扫描发现威胁，文件未保存 / The virus scanner found a threat; the "
                    + "file was not kept");
        }
        if (status != 0) {
            throw unscanned("the scanner ended with status " + status);
        }
    }

    private static EvidenceRefused unscanned(String why) {
        LOG.warning(() -> "Evidence refused unscanned: " + why);
        return new EvidenceRefused(Reason.UNSCANNED, "病毒扫描未能完成，文件未保存，请稍后重试 / The virus scan could not be "
                + "completed; the file was not kept, try again later (" + why + ")");
    }
}
